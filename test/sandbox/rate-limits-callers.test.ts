/**
 * The sandbox counts a limit over every caller the way WeChat Pay does, not per connection: two
 * clients (two connection pools, as two instances of a service) share one "all callers" window,
 * so a fleet that does not coordinate meets 429 (test/redis shows the coordinated fleet).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAvailableMerchants } from "../../generated/index.js";
import { RateLimitError, WechatPayClient } from "../../runtime/index.js";
import { startSandbox, type Sandbox } from "../../sandbox/index.js";

let sandbox: Sandbox;
let clients: WechatPayClient[] = [];

beforeAll(async () => {
  // listAvailableMerchants: 1000/min across all callers × 0.002 = 2 per minute.
  sandbox = await startSandbox({ rateLimits: { scale: 0.002 } });
  clients = [0, 1].map(() => new WechatPayClient({ ...sandbox.clientConfig, maxRetries: 0 }));
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await sandbox?.close();
});

describe("limits scoped to all callers", () => {
  it("two clients share one window: the third call overall is refused", async () => {
    const [a, b] = clients as [WechatPayClient, WechatPayClient];
    const call = (client: WechatPayClient) =>
      listAvailableMerchants(client, {
        stock_id: "9856000",
        offset: 0,
        limit: 10,
        stock_creator_mchid: sandbox.mchid,
      }).then(
        () => "answered",
        (error: unknown) => (error instanceof RateLimitError ? "429" : "answered"),
      );
    expect(await call(a)).toBe("answered");
    expect(await call(a)).toBe("answered");
    expect(await call(b)).toBe("429");
  });
});
