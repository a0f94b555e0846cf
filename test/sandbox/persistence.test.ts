/** Optional persistence: state and keys survive a restart; writes are atomic. */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "../../sandbox/index.js";
import { createStock, lifecycle, sendCouponRaw, STOCKS, validStockBody } from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "favor-sandbox-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("persistence", () => {
  it("keeps stocks, coupons, idempotency keys and credentials across a restart", async () => {
    const stateFile = join(dir, "state.json");
    const first = await startSandbox({ stateFile, keysDir: dir });
    const createBody = JSON.stringify(validStockBody(first, { out_request_no: "persist-1" }));
    const stockId = String(jsonOf(await rawRequest(first, "POST", STOCKS, createBody))["stock_id"]);
    await lifecycle(first, stockId, "start");
    const couponId = String(jsonOf(await sendCouponRaw(first, stockId, "o-persist"))["coupon_id"]);
    const firstConfig = first.clientConfig;
    await first.close();

    const second = await startSandbox({ stateFile, keysDir: dir });
    try {
      expect(second.clientConfig.privateKey).toBe(firstConfig.privateKey);
      expect(second.clientConfig.wechatpayPublicKeyId).toBe(firstConfig.wechatpayPublicKeyId);
      expect(second.getStock(stockId)).toMatchObject({ status: "running", distributed_coupons: 1 });
      const coupon = await rawRequest(
        second,
        "GET",
        `/v3/marketing/favor/users/o-persist/coupons/${couponId}?appid=${second.appid}`,
      );
      expect(coupon.status).toBe(200);
      // The idempotency key survived too: a replay does not create a second stock.
      const count = second.countStocks();
      const replay = await rawRequest(second, "POST", STOCKS, createBody);
      expect(jsonOf(replay)["stock_id"]).toBe(stockId);
      expect(second.countStocks()).toBe(count);
      // New ids continue after the persisted ones.
      expect(Number(await createStock(second))).toBeGreaterThan(Number(stockId));
    } finally {
      await second.close();
    }
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(JSON.parse(await readFile(stateFile, "utf8"))).toMatchObject({ version: 1 });
  });

  it("refuses a damaged state file with a clear message", async () => {
    const stateFile = join(dir, "state.json");
    await writeFile(stateFile, "{ half");
    await expect(startSandbox({ stateFile })).rejects.toThrow(/state\.json is not valid JSON/);
    await writeFile(stateFile, JSON.stringify({ version: 7 }));
    await expect(startSandbox({ stateFile })).rejects.toThrow(/unknown format/);
  });

  it("refuses damaged credentials with the file name and field", async () => {
    await writeFile(join(dir, "sandbox-credentials.json"), JSON.stringify({ mchid: "1" }));
    await expect(startSandbox({ keysDir: dir })).rejects.toThrow(
      /sandbox-credentials\.json: missing or empty string field "merchantSerialNo"/,
    );
  });
});
