/**
 * Type test (compiled by `npm run typecheck`, never executed): `downloadFlowFile(op, params)` takes
 * the params of that operation (read off its generated metadata), so a misspelt, missing or
 * mistyped field does not compile. Each `@ts-expect-error` line must fail to compile.
 */
import { refundFlowOperation, useFlowOperation } from "../../generated/metadata.js";
import type { OperationMeta, WechatPayClient } from "../../runtime/index.js";

declare const client: WechatPayClient;
declare const someOperation: OperationMeta;

export async function typed(): Promise<void> {
  await client.downloadFlowFile(useFlowOperation, { stock_id: "9856000" });
  await client.downloadFlowFile(refundFlowOperation, { stock_id: "9856000" }, { maxBytes: 1024 });
  // Metadata typed only as OperationMeta (not a literal) checks nothing, as before.
  await client.downloadFlowFile(someOperation, { anything: 1 });
}

export async function wrong(): Promise<void> {
  // @ts-expect-error a typo in a field name
  await client.downloadFlowFile(useFlowOperation, { stock_idd: "9856000" });
  // @ts-expect-error the required stock_id is missing
  await client.downloadFlowFile(useFlowOperation, {});
  // @ts-expect-error stock_id is a string
  await client.downloadFlowFile(refundFlowOperation, { stock_id: 9856000 });
  // @ts-expect-error an extra field next to the right one
  await client.downloadFlowFile(useFlowOperation, { stock_id: "9856000", stock_type: "x" });
}
