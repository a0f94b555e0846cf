/** Shared set-up for the platform-certificate tests: a sandbox in certificate mode, legacy clients. */
import { listStocks } from "../../generated/index.js";
import type { WechatPayClient, WechatPayClientConfig } from "../../runtime/index.js";
import { startSandbox, type Sandbox, type SandboxOptions } from "../../sandbox/index.js";

/** A clock tests move by hand; the sandbox and the client share it. */
export class TestClock {
  offsetMs = 0;
  readonly now = (): number => Date.now() + this.offsetMs;
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function startCertificateSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ rateLimits: false, platformCertificates: true, ...options });
}

/** How a legacy-mode merchant configures the client: merchant key and APIv3 key only. */
export function legacyConfig(
  sandbox: Sandbox,
  overrides: Partial<WechatPayClientConfig> = {},
): WechatPayClientConfig {
  const {
    wechatpayPublicKeyId: _id,
    wechatpayPublicKey: _key,
    certificates: _certificates,
    ...legacy
  } = sandbox.clientConfig;
  return { ...legacy, maxRetries: 0, ...overrides };
}

/** One signed call whose answer must verify. */
export function anyCall(client: WechatPayClient, sandbox: Sandbox): Promise<unknown> {
  return listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: sandbox.mchid });
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
