/** Image upload and the use/refund flow downloads (useFlow, refundFlow and their file links). */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/index.js";
import { runningStock, sendCouponRaw, startTestSandbox } from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ rateLimits: false });
});
afterAll(async () => {
  expect(sandbox.selfCheckFailures).toEqual([]);
  await sandbox.close();
});

/** A 1×1 PNG is not needed: the sandbox sniffs the signature bytes only. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("sandbox-image"),
]);

function upload(file: Buffer, meta: string) {
  const boundary = "sandbox-boundary-7d1";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return rawRequest(sandbox, "POST", "/v3/marketing/favor/media/image-upload", body, {
    signedBody: meta,
    contentType: `multipart/form-data; boundary=${boundary}`,
  });
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("uploadImage", () => {
  it("verifies the meta signature and the file digest, and returns a media URL that serves the image", async () => {
    const meta = JSON.stringify({ filename: "logo.png", sha256: sha256(PNG) });
    const response = await upload(PNG, meta);
    expect(response.status).toBe(200);
    const mediaUrl = String(jsonOf(response)["media_url"]);
    expect(mediaUrl.startsWith(`${sandbox.baseUrl}/sandbox/v1/media/`)).toBe(true);
    const image = Buffer.from(await (await fetch(mediaUrl)).arrayBuffer());
    expect(image.equals(PNG)).toBe(true);
  });

  it("rejects a sha256 that is not the file's (PARAM_ERROR)", async () => {
    const response = await upload(
      PNG,
      JSON.stringify({ filename: "logo.png", sha256: sha256(Buffer.from("other")) }),
    );
    expect(response.status).toBe(400);
    expect(jsonOf(response)).toMatchObject({ code: "PARAM_ERROR", detail: { field: "/sha256" } });
  });

  it("rejects a file that is not JPG/PNG/BMP", async () => {
    const text = Buffer.from("not an image");
    const response = await upload(
      text,
      JSON.stringify({ filename: "logo.png", sha256: sha256(text) }),
    );
    expect(response.status).toBe(400);
    expect(jsonOf(response)).toMatchObject({ code: "PARAM_ERROR", detail: { field: "file" } });
  });

  it("validates the meta part against the spec (filename extension)", async () => {
    const response = await upload(
      PNG,
      JSON.stringify({ filename: "logo.gif", sha256: sha256(PNG) }),
    );
    expect(response.status).toBe(400);
    expect(jsonOf(response)).toMatchObject({ code: "PARAM_ERROR", detail: { field: "/filename" } });
  });

  it("signs the meta part, not the multipart body: a signature over other meta bytes fails", async () => {
    const meta = JSON.stringify({ filename: "logo.png", sha256: sha256(PNG) });
    const boundary = "b";
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${meta}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\n${PNG.toString("latin1")}\r\n--${boundary}--\r\n`,
      "latin1",
    );
    const response = await rawRequest(
      sandbox,
      "POST",
      "/v3/marketing/favor/media/image-upload",
      body,
      { signedBody: `${meta} `, contentType: `multipart/form-data; boundary=${boundary}` },
    );
    expect(response.status).toBe(401);
  });
});

describe("use-flow / refund-flow", () => {
  it("answers 404 RESOURCE_NOT_EXISTS before anything was redeemed", async () => {
    const stockId = await runningStock(sandbox);
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${stockId}/use-flow`,
    );
    expect(response.status).toBe(404);
    expect(jsonOf(response)["code"]).toBe("RESOURCE_NOT_EXISTS");
  });

  it("returns an unsigned download description whose file matches hash_value (SHA1)", async () => {
    const stockId = await runningStock(sandbox);
    for (const openid of ["o-flow-1", "o-flow-2"]) {
      const couponId = String(jsonOf(await sendCouponRaw(sandbox, stockId, openid))["coupon_id"]);
      sandbox.useCoupon(couponId);
    }
    const response = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${stockId}/use-flow`,
    );
    expect(response.status).toBe(200);
    expect(response.headers["wechatpay-signature"]).toBeUndefined();
    const description = jsonOf(response);
    expect(description["hash_type"]).toBe("SHA1");
    const url = new URL(String(description["url"]));
    // The download itself is a signed GET (its answer is not signed either).
    const file = await rawRequest(sandbox, "GET", `${url.pathname}${url.search}`);
    expect(file.status).toBe(200);
    expect(createHash("sha1").update(file.text, "utf8").digest("hex")).toBe(
      description["hash_value"],
    );
    // Header, two rows, the two-line summary block.
    expect(file.text.trim().split("\r\n")).toHaveLength(5);
    expect(file.text).toContain(stockId);
    const unsignedDownload = await rawRequest(sandbox, "GET", `${url.pathname}${url.search}`, "", {
      authorization: null,
    });
    expect(unsignedDownload.status).toBe(401);

    const refund = jsonOf(
      await rawRequest(sandbox, "GET", `/v3/marketing/favor/stocks/${stockId}/refund-flow`),
    );
    expect(refund).toMatchObject({
      hash_type: "SHA1",
      url: expect.any(String),
      hash_value: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
  });

  it("serves the by-day variants with counts as strings", async () => {
    const stockId = await runningStock(sandbox);
    const couponId = String(jsonOf(await sendCouponRaw(sandbox, stockId, "o-day"))["coupon_id"]);
    sandbox.useCoupon(couponId);
    // The bill date is the China-time date of the redemption (read back, so midnight cannot flake).
    const consumed = sandbox.getCoupon(couponId)?.["consume_information"] as {
      consume_time: string;
    };
    const today = consumed.consume_time.slice(0, 10);
    const byDay = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/${stockId}/use-flow-by-day?bill_date=${today}`,
      ),
    );
    expect(byDay).toMatchObject({
      stock_useflow_count: "1",
      stock_useflow_hash: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const otherDay = await rawRequest(
      sandbox,
      "GET",
      `/v3/marketing/favor/stocks/${stockId}/use-flow-by-day?bill_date=2020-01-01`,
    );
    expect(otherDay.status).toBe(404);
    const refund = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/${stockId}/refund-flow-by-day?bill_date=${today}`,
      ),
    );
    expect(refund).toMatchObject({ stock_refundflow_count: "0" });
  });
});

describe("modifyAvailableSingleitem (experimental)", () => {
  it("adds and deletes goods IDs but keeps at least one", async () => {
    const stockId = await runningStock(sandbox);
    const modify = (body: object) =>
      rawRequest(
        sandbox,
        "POST",
        `/v3/marketing/favor/stocks/${stockId}/modify-goods-id`,
        JSON.stringify({ stock_creator_mchid: sandbox.mchid, ...body }),
      );
    const ok = await modify({ add_goods_id_list: ["sku-9"], delete_goods_id_list: ["sku-1"] });
    expect(ok.status).toBe(200);
    expect(jsonOf(ok)).toMatchObject({ stock_id: stockId, effect_time: expect.any(String) });
    const items = jsonOf(
      await rawRequest(
        sandbox,
        "GET",
        `/v3/marketing/favor/stocks/${stockId}/items?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}`,
      ),
    );
    expect(items["data"]).toEqual(["sku-2", "sku-3", "sku-9"]);
    const emptied = await modify({ delete_goods_id_list: ["sku-2", "sku-3", "sku-9"] });
    expect(emptied.status).toBe(400);
  });
});
