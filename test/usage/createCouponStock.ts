// One typed call of `createCouponStock` (POST /v3/marketing/favor/coupon-stocks) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import {
  createCouponStock,
  BackgroundColor,
  CreateStockType,
  JumpTarget,
  TradeType,
} from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useCreateCouponStock(client: WechatPayClient): Promise<void> {
  const result = await createCouponStock(
    client,
    {
      available_begin_time: "2026-12-01T00:00:00+08:00",
      available_end_time: "2026-12-31T23:59:59+08:00",
      belong_merchant: "98568865",
      comment: "零售批次",
      coupon_use_rule: {
        coupon_available_time: {
          fix_available_time: { available_week_day: [0], begin_time: 0, end_time: 3600 },
          second_day_available: false,
          available_time_after_receive: 1440,
        },
        fixed_normal_coupon: { coupon_amount: 50, transaction_minimum: 100 },
        goods_tag: ["x"],
        limit_pay: ["x"],
        limit_card: { name: "精粹白金", bin: ["xxxxxx"] },
        trade_type: ["MICROAPP"],
        combine_use: false,
        available_items: ["x"],
        unavailable_items: ["x"],
        available_merchants: ["x"],
      },
      ext_info: '{"exinfo1":"1234","exinfo2":"3456"}',
      no_cash: false,
      out_request_no: "89560002019101000121",
      pattern_info: {
        description: "微信支付营销代金券",
        merchant_logo:
          "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
        merchant_name: "微信支付",
        background_color: "COLOR020",
        coupon_image:
          "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0",
        jump_target: "DEFAULT_PAGE",
        mini_program_appid: "wx1234567890abcdef",
        mini_program_path: "/pages/index/index",
      },
      stock_name: "微信支付代金券批次",
      stock_type: "NORMAL",
      stock_use_rule: {
        max_coupons: 100,
        max_amount: 5000,
        max_amount_by_day: 400,
        max_coupons_per_user: 3,
        natural_person_limit: false,
        prevent_api_abuse: false,
      },
    },
    { timeout: 10_000 },
  );
  const view: { stock_id: string; create_time: string } = result;
  void view;
  const enumValues: readonly string[] = [
    BackgroundColor.COLOR010,
    BackgroundColor.COLOR020,
    BackgroundColor.COLOR030,
    BackgroundColor.COLOR040,
    BackgroundColor.COLOR050,
    BackgroundColor.COLOR060,
    BackgroundColor.COLOR070,
    BackgroundColor.COLOR080,
    BackgroundColor.COLOR081,
    BackgroundColor.COLOR082,
    BackgroundColor.COLOR090,
    BackgroundColor.COLOR100,
    BackgroundColor.COLOR101,
    BackgroundColor.COLOR102,
    CreateStockType.NORMAL,
    JumpTarget.PAYMENT_CODE,
    JumpTarget.MINI_PROGRAM,
    JumpTarget.DEFAULT_PAGE,
    TradeType.MICROAPP,
    TradeType.APPPAY,
    TradeType.PPAY,
    TradeType.CARD,
    TradeType.FACE,
    TradeType.OTHER,
  ];
  void enumValues;
}
