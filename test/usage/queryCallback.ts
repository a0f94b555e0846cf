// One typed call of `queryCallback` (GET /v3/marketing/favor/callbacks) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { queryCallback } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useQueryCallback(client: WechatPayClient): Promise<void> {
  const result = await queryCallback(client, { mchid: "9856888" }, { timeout: 10_000 });
  const view: { notify_url: string; mchid: string } = result;
  void view;
}
