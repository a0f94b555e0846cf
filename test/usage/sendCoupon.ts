// One typed call of `sendCoupon` (POST /v3/marketing/favor/users/{openid}/coupons) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { sendCoupon } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useSendCoupon(client: WechatPayClient): Promise<void> {
  const result = await sendCoupon(
    client,
    {
      openid: "2323dfsdf342342",
      appid: "wx233544546545989",
      coupon_minimum: 100,
      coupon_value: 100,
      out_request_no: "89560002019101000121",
      stock_creator_mchid: "8956000",
      stock_id: "9856000",
    },
    { timeout: 10_000 },
  );
  const view: { coupon_id: string } = result;
  void view;
}
