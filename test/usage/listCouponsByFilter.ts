// One typed call of `listCouponsByFilter` (GET /v3/marketing/favor/users/{openid}/coupons) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import {
  listCouponsByFilter,
  iterateListCouponsByFilter,
  BusinessType,
  CouponStatus,
  CouponStatusFilter,
  CouponType,
} from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useListCouponsByFilter(client: WechatPayClient): Promise<void> {
  const result = await listCouponsByFilter(
    client,
    {
      openid: "2323dfsdf342342",
      appid: "wx233544546545989",
      stock_id: "9865000",
      status: "SENDED",
      creator_mchid: "9865002",
      sender_mchid: "9865003",
      available_mchid: "9865000",
      offset: 0,
      limit: 20,
      business_type: "MULTIUSE",
    },
    { timeout: 10_000 },
  );
  const view: {
    data?: {
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
    }[];
    total_count: number;
    limit: number;
    offset: number;
  } = result;
  void view;
  for await (const item of iterateListCouponsByFilter(client, {
    openid: "2323dfsdf342342",
    appid: "wx233544546545989",
    stock_id: "9865000",
    status: "SENDED",
    creator_mchid: "9865002",
    sender_mchid: "9865003",
    available_mchid: "9865000",
    limit: 20,
    business_type: "MULTIUSE",
  })) {
    const row: {
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
    } = item;
    void row;
    break;
  }
  const enumValues: readonly string[] = [
    BusinessType.MULTIUSE,
    CouponStatus.SENDED,
    CouponStatus.USED,
    CouponStatus.EXPIRED,
    CouponStatus.RECOVER,
    CouponStatusFilter.SENDED,
    CouponStatusFilter.USED,
    CouponType.NORMAL,
    CouponType.CUT_TO,
  ];
  void enumValues;
}
