/**
 * A merchant service as a user of the published package writes it: only the package's public
 * entries, compiled by the consumer test with `tsc --strict` under nodenext and bundler resolution,
 * then run against the sandbox. Prints one JSON line of facts that the test asserts on.
 *
 * Lives outside the repository's own type-check on purpose: "wechatpay-favor" must resolve to the
 * installed tarball here, not to the sources.
 */
import {
  ApiError,
  createCouponStock,
  iterateListStocks,
  listStocks,
  NotFoundError,
  queryStock,
  RequestValidationError,
  WechatPayClient,
  WechatPayError,
} from "wechatpay-favor";
import type {
  CreateCouponStockParams,
  Stock,
  StockCollection,
  StockStatus,
  WechatPayClientConfig,
} from "wechatpay-favor";
import { startSandbox } from "wechatpay-favor/sandbox";
import type { Sandbox } from "wechatpay-favor/sandbox";
import { stockParams } from "./stock.js";

// Type-level checks: each line below must be a compile error, so `@ts-expect-error` fails the
// build if the published types ever degrade to `any` or expose internals.
// @ts-expect-error status is a closed enum of wire names
const wrongStatus: StockStatus = "RUNNING";
const wrongParams: Parameters<typeof listStocks>[1] = {
  offset: 0,
  limit: 10,
  stock_creator_mchid: "1",
  // @ts-expect-error the generated params reject unknown fields
  page: 2,
};
// @ts-expect-error internal modules are not part of the package's exports
type Internal = typeof import("wechatpay-favor/dist/runtime/client.js");
void wrongStatus;
void wrongParams;

/** Starts a minute from now (the sandbox checks the window), open for a week. */
function consumerStock(sandbox: Sandbox, outRequestNo: string): CreateCouponStockParams {
  const now = Date.now();
  return stockParams({
    mchid: sandbox.mchid,
    stockName: "consumer test",
    beginMs: now + 60_000,
    endMs: now + 7 * 86_400_000,
    outRequestNo,
  });
}

async function errorCodeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "no error";
  } catch (error) {
    if (error instanceof NotFoundError) return `NotFoundError ${error.status} ${error.code ?? ""}`;
    if (error instanceof RequestValidationError)
      return `RequestValidationError ${error.issues.map((issue) => issue.path).join(",")}`;
    if (error instanceof ApiError) return `ApiError ${error.status}`;
    if (error instanceof WechatPayError) return error.name;
    throw error;
  }
}

async function deepImportCode(): Promise<string> {
  // Built at run time so the compiler does not resolve it; Node must refuse it (exports map).
  const internal = ["wechatpay-favor", "dist", "runtime", "client.js"].join("/");
  try {
    await import(internal);
    return "imported";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function sandboxStock(running: Sandbox, stockId: string): Stock | undefined {
  const stock: Stock | undefined = running.getStock(stockId);
  // @ts-expect-error getStock returns the generated Stock model, not a loose record
  void running.getStock(stockId)?.no_such_field;
  return stock;
}

const sandbox = await startSandbox();
const config: WechatPayClientConfig = sandbox.clientConfig;
const client = new WechatPayClient(config);
try {
  const created = await createCouponStock(
    client,
    consumerStock(sandbox, `consumer-${process.pid}-${Date.now()}`),
  );
  const page: StockCollection = await listStocks(client, {
    offset: 0,
    limit: 10,
    stock_creator_mchid: sandbox.mchid,
  });
  const iterated: Stock[] = [];
  for await (const stock of iterateListStocks(client, {
    limit: 1,
    stock_creator_mchid: sandbox.mchid,
  }))
    iterated.push(stock);
  const facts = {
    createdStockId: created.stock_id,
    listedStockIds: (page.data ?? []).map((stock) => stock.stock_id),
    totalCount: page.total_count,
    iteratedStockIds: iterated.map((stock) => stock.stock_id),
    missingStock: await errorCodeOf(
      queryStock(client, { stock_id: "9999999999", stock_creator_mchid: sandbox.mchid }),
    ),
    invalidParams: await errorCodeOf(
      listStocks(client, { offset: 0, limit: 11, stock_creator_mchid: sandbox.mchid }),
    ),
    deepImport: await deepImportCode(),
    // The sandbox's helpers are typed with the generated models.
    sandboxStockStatus: sandboxStock(sandbox, created.stock_id)?.status ?? "missing",
  };
  console.log(JSON.stringify(facts));
} finally {
  await client.close();
  await sandbox.close();
}
