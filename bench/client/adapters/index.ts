import type { ClientAdapter } from "../adapter.js";

/**
 * Clients under test, loaded lazily so each worker process imports only the one it measures
 * (a peer's dependencies must not be parsed, or JIT-warmed, in another client's process).
 */
export const adapterLoaders: Readonly<Record<string, () => Promise<ClientAdapter>>> = {
  floor: async () => (await import("./floor.js")).floorAdapter,
  ours: async () => (await import("./ours.js")).oursAdapter,
  "wechatpay-node-v3": async () => (await import("./node-v3.js")).nodeV3Adapter,
  "wechatpay-axios-plugin": async () => (await import("./axios-plugin.js")).axiosPluginAdapter,
};
