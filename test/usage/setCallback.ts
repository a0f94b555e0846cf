// One typed call of `setCallback` (POST /v3/marketing/favor/callbacks) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { setCallback } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useSetCallback(client: WechatPayClient): Promise<void> {
  const result = await setCallback(
    client,
    { mchid: "9856888", notify_url: "https://pay.weixin.qq.com/notify", switch: true },
    { timeout: 10_000 },
  );
  const view: { update_time: string; notify_url: string } = result;
  void view;
}
