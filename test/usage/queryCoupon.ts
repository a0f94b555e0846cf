// One typed call of `queryCoupon` (GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { queryCoupon, BusinessType, CouponStatus, CouponType } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useQueryCoupon(client: WechatPayClient): Promise<void> {
  const result = await queryCoupon(
    client,
    { openid: "2323dfsdf342342", coupon_id: "9867041", appid: "wx233544546545989" },
    { timeout: 10_000 },
  );
  const view: {
    stock_creator_mchid: string;
    stock_id: string;
    coupon_id: string;
    cut_to_message?: { single_price_max: number; cut_to_price: number };
    coupon_name: string;
    status: string;
    description: string;
    create_time: string;
    coupon_type: string;
    no_cash: boolean;
    available_begin_time: string;
    available_end_time: string;
    singleitem: boolean;
    normal_coupon_information?: { coupon_amount: number; transaction_minimum: number };
    consume_information?: {
      consume_time: string;
      consume_mchid: string;
      transaction_id: string;
      consume_amount?: number;
      goods_detail?: {
        goods_id: string;
        quantity: number;
        price: number;
        discount_amount: number;
      }[];
    };
    available_balance?: number;
    business_type?: string;
  } = result;
  void view;
  const enumValues: readonly string[] = [
    BusinessType.MULTIUSE,
    CouponStatus.SENDED,
    CouponStatus.USED,
    CouponStatus.EXPIRED,
    CouponStatus.RECOVER,
    CouponType.NORMAL,
    CouponType.CUT_TO,
  ];
  void enumValues;
}
