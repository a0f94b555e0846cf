// One typed call of `pauseStock` (POST /v3/marketing/favor/stocks/{stock_id}/pause) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { pauseStock } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function usePauseStock(client: WechatPayClient): Promise<void> {
  const result = await pauseStock(
    client,
    { stock_id: "9856000", stock_creator_mchid: "8956000" },
    { timeout: 10_000 },
  );
  const view: { pause_time: string; stock_id: string } = result;
  void view;
}
