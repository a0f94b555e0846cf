// One typed call of `refundFlow` (GET /v3/marketing/favor/stocks/{stock_id}/refund-flow) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { refundFlow } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useRefundFlow(client: WechatPayClient): Promise<void> {
  const result = await refundFlow(client, { stock_id: "9856000" }, { timeout: 10_000 });
  const view: { url: string; hash_value: string; hash_type: string } = result;
  void view;
}
