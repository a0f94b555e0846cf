/**
 * End-to-end harness: a sandbox on a random loopback port plus a real WechatPayClient configured
 * from `sandbox.clientConfig`. Retry waits are recorded instead of slept, so retry tests are fast
 * and can assert what the client asked to wait (e.g. Retry-After).
 */
import { WechatPayClient, type WechatPayClientConfig } from "../../runtime/index.js";
import type { CreateCouponStockParams } from "../../generated/index.js";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../sandbox/index.js";

export interface E2E {
  sandbox: Sandbox;
  client: WechatPayClient;
  /** Every retry wait the client requested, in ms. */
  sleeps: number[];
  /** Another client for the same sandbox with config overrides (closed by close()). */
  clientWith(overrides: Partial<WechatPayClientConfig>): WechatPayClient;
  close(): Promise<void>;
}

export async function startE2E(options: SandboxOptions = {}): Promise<E2E> {
  const sandbox = await startSandbox({
    validateResponses: true,
    notifyRetryIntervalMs: 50,
    ...options,
  });
  const sleeps: number[] = [];
  const clients: WechatPayClient[] = [];
  const clientWith = (overrides: Partial<WechatPayClientConfig>): WechatPayClient => {
    const client = new WechatPayClient({
      ...sandbox.clientConfig,
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      },
      ...overrides,
    });
    clients.push(client);
    return client;
  };
  const client = clientWith({});
  return {
    sandbox,
    client,
    sleeps,
    clientWith,
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await sandbox.close();
    },
  };
}

let counter = 0;
export function uniqueNo(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now()}-${counter}`;
}

/** Create-stock params that satisfy every documented rule; tests override single fields. */
export function stockParams(
  sandbox: Sandbox,
  overrides: Partial<CreateCouponStockParams> = {},
): CreateCouponStockParams {
  const now = Date.now();
  return {
    stock_name: "端到端满二减一",
    comment: "e2e",
    belong_merchant: sandbox.mchid,
    // A Date is converted by the runtime to RFC 3339 +08:00.
    // Already begun (within create's 5-minute slack): coupons are used at once, and use checks the window.
    available_begin_time: new Date(now - 60_000),
    available_end_time: new Date(now + 30 * 86_400_000),
    stock_use_rule: {
      max_coupons: 10,
      max_amount: 1000,
      max_coupons_per_user: 2,
      natural_person_limit: false,
      prevent_api_abuse: false,
    },
    coupon_use_rule: {
      fixed_normal_coupon: { coupon_amount: 100, transaction_minimum: 200 },
      available_merchants: [sandbox.mchid, "1900000110", "1900000111"],
      available_items: ["sku-1", "sku-2", "sku-3"],
    },
    no_cash: false,
    stock_type: "NORMAL",
    out_request_no: uniqueNo("e2e"),
    ...overrides,
  };
}

/** Smallest byte sequence the sandbox accepts as a PNG (it sniffs the signature bytes). */
export const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
]);
