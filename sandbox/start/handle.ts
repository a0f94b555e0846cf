/** The object `startSandbox` returns: read-only views over the running sandbox and its controls. */
import type { Server } from "node:http";
import type { Coupon, Stock } from "../../generated/models.js";
import type { SandboxPlatformCertificates } from "../certificates/authority.js";
import type { OffsetClock } from "../clock.js";
import { clientConfigFor, type SandboxCredentials } from "../credentials.js";
import { couponView } from "../domain/coupon-view.js";
import { stockView } from "../domain/stock-view.js";
import type { FaultController } from "../faults.js";
import type { Sandbox } from "../index.js";
import type { NotificationDispatcher } from "../notifications/dispatcher.js";
import { closeServer } from "../server.js";
import type { LiveState } from "../state/live-state.js";
import { getOwn } from "../state/store.js";
import type { UseCouponOptions, UseCouponResult } from "../use-coupon.js";

export interface HandleParts {
  baseUrl: string;
  port: number;
  credentials: SandboxCredentials;
  certificates: SandboxPlatformCertificates | undefined;
  live: LiveState;
  clock: OffsetClock;
  faults: FaultController;
  dispatcher: NotificationDispatcher;
  server: Server;
  useCoupon: (couponId: string, options?: UseCouponOptions) => UseCouponResult;
  selfCheckFailures: readonly string[];
  defaultHandledOperations: readonly string[];
}

export function sandboxHandle(parts: HandleParts): Sandbox {
  const { credentials, live, clock, faults, dispatcher } = parts;
  let closed: Promise<void> | undefined;
  return {
    baseUrl: parts.baseUrl,
    port: parts.port,
    clientConfig: clientConfigFor(credentials, parts.baseUrl, parts.certificates !== undefined),
    mchid: credentials.mchid,
    appid: credentials.appid,
    apiV3Key: credentials.apiV3Key,
    credentials,
    certificates: parts.certificates,
    useCoupon: parts.useCoupon,
    setFault: (settings) => faults.setMode(settings),
    advanceClock: (ms) => clock.advance(ms),
    countStocks: () => Object.keys(live.current.stocks).length,
    countCoupons: () => Object.keys(live.current.coupons).length,
    getStock: (stockId) => {
      const stock = getOwn(live.current.stocks, stockId);
      // The same view queryStock answers with, checked against the spec's Stock schema by the
      // response self-check (validateResponses), so the model type describes it (through
      // `unknown`: a record has no statically known fields).
      return stock === undefined ? undefined : (stockView(stock, clock) as unknown as Stock);
    },
    getCoupon: (couponId) => {
      const coupon = getOwn(live.current.coupons, couponId);
      const stock = coupon === undefined ? undefined : live.current.stocks[coupon.stock_id];
      return coupon === undefined || stock === undefined
        ? undefined
        : (couponView(coupon, stock, clock) as unknown as Coupon);
    },
    deliveries: () => dispatcher.deliveries(),
    snapshot: () => structuredClone(live.current),
    selfCheckFailures: parts.selfCheckFailures,
    defaultHandledOperations: parts.defaultHandledOperations,
    close: () => {
      closed ??= (async () => {
        dispatcher.close();
        await closeServer(parts.server);
        await live.flush();
      })();
      return closed;
    },
  };
}
