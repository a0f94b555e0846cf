/** The spec's x-wechatpay-rate-limits enforced per operation (429 FREQUENCY_LIMITED). */
import { afterEach, describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/index.js";
import { generateCredentials } from "../../sandbox/credentials.js";
import { startTestSandbox } from "./fixtures.js";
import { jsonOf, rawRequest } from "./raw-client.js";

const credentials = generateCredentials();
let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const useFlow = (s: Sandbox) =>
  rawRequest(s, "GET", "/v3/marketing/favor/stocks/1000000001/use-flow");
const setCallback = (s: Sandbox) =>
  rawRequest(
    s,
    "POST",
    "/v3/marketing/favor/callbacks",
    JSON.stringify({ mchid: s.mchid, notify_url: "https://merchant.example.com/notify" }),
  );

describe("rate limits from the spec", () => {
  it("use-flow allows 5 calls per minute per IP, then answers 429 with Retry-After", async () => {
    sandbox = await startTestSandbox({ credentials: await credentials });
    for (let i = 0; i < 5; i++) expect((await useFlow(sandbox)).status).toBe(404); // allowed (no such stock)
    const limited = await useFlow(sandbox);
    expect(limited.status).toBe(429);
    expect(jsonOf(limited)["code"]).toBe("FREQUENCY_LIMITED");
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("counts each operation separately", async () => {
    sandbox = await startTestSandbox({ credentials: await credentials });
    for (let i = 0; i < 5; i++) await setCallback(sandbox);
    expect((await setCallback(sandbox)).status).toBe(429);
    expect((await useFlow(sandbox)).status).toBe(404);
  });

  it("resets with the window (the sandbox clock moves to the next minute)", async () => {
    sandbox = await startTestSandbox({ credentials: await credentials });
    for (let i = 0; i < 5; i++) await setCallback(sandbox);
    expect((await setCallback(sandbox)).status).toBe(429);
    sandbox.advanceClock(60_000);
    const timestamp = Math.floor((Date.now() + 60_000) / 1000);
    const next = await rawRequest(
      sandbox,
      "POST",
      "/v3/marketing/favor/callbacks",
      JSON.stringify({ mchid: sandbox.mchid, notify_url: "https://merchant.example.com/notify" }),
      { timestamp },
    );
    expect(next.status).toBe(200);
  });

  it("can be scaled for load tests", async () => {
    sandbox = await startTestSandbox({ credentials: await credentials, rateLimits: { scale: 2 } });
    for (let i = 0; i < 10; i++) expect((await useFlow(sandbox)).status).toBe(404);
    expect((await useFlow(sandbox)).status).toBe(429);
  });

  it("can be disabled", async () => {
    sandbox = await startTestSandbox({ credentials: await credentials, rateLimits: false });
    for (let i = 0; i < 12; i++) expect((await useFlow(sandbox)).status).toBe(404);
  });
});
