import type { Dispatcher } from "undici";
import type { BenchFixtures } from "./fixtures.js";

/** One `listStocks` call: resolves once the response is received, verified and parsed. */
export type ListStocksCall = () => Promise<void>;

export interface AdapterContext {
  /** e.g. `http://127.0.0.1:40123` */
  readonly baseUrl: string;
  readonly fixtures: BenchFixtures;
  /**
   * For the in-memory overhead probe only: the dispatcher to send through instead of sockets.
   * Only the undici-based clients (floor, ours) accept one.
   */
  readonly dispatcher?: Dispatcher;
}

/** A client under test, set up the way its documentation tells a user to. */
export interface ClientAdapter {
  readonly name: string;
  /** How (or whether) this client verifies the response signature; printed under the table. */
  readonly verification: string;
  create(context: AdapterContext): Promise<ListStocksCall>;
}

/** Every adapter checks the page it got, so a client that "wins" by not doing the work fails. */
export function assertStockPage(page: unknown): void {
  const data = (page as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length !== 10) {
    throw new Error(
      `listStocks returned an unexpected body: ${JSON.stringify(page).slice(0, 200)}`,
    );
  }
}
