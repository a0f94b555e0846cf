// One typed call of `listAvailableMerchants` (GET /v3/marketing/favor/stocks/{stock_id}/merchants) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { listAvailableMerchants, iterateListAvailableMerchants } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useListAvailableMerchants(client: WechatPayClient): Promise<void> {
  const result = await listAvailableMerchants(
    client,
    { stock_id: "9856000", offset: 0, limit: 50, stock_creator_mchid: "9856888" },
    { timeout: 10_000 },
  );
  const view: {
    total_count: number;
    data?: string[];
    offset: number;
    limit: number;
    stock_id: string;
  } = result;
  void view;
  for await (const item of iterateListAvailableMerchants(client, {
    stock_id: "9856000",
    limit: 50,
    stock_creator_mchid: "9856888",
  })) {
    const row: string = item;
    void row;
    break;
  }
}
