// One typed call of `queryStock` (GET /v3/marketing/favor/stocks/{stock_id}) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import {
  queryStock,
  BusinessType,
  CouponType,
  RegionType,
  StockStatus,
  TradeType,
} from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useQueryStock(client: WechatPayClient): Promise<void> {
  const result = await queryStock(
    client,
    { stock_id: "9856000", stock_creator_mchid: "9856888" },
    { timeout: 10_000 },
  );
  const view: {
    stock_id: string;
    stock_creator_mchid: string;
    stock_name: string;
    status: string;
    create_time: string;
    description: string;
    stock_use_rule?: {
      max_coupons: number;
      max_amount: number;
      max_amount_by_day: number;
      fixed_normal_coupon?: { coupon_amount: number; transaction_minimum: number };
      max_coupons_per_user: number;
      coupon_type?: string;
      goods_tag?: string[];
      trade_type?: string[];
      combine_use?: boolean;
      fixed_discount_coupon?: {
        discount_amount_max?: number;
        discount_percent?: number;
        transaction_minimum?: number;
      };
    };
    available_begin_time: string;
    available_end_time: string;
    distributed_coupons: number;
    no_cash: boolean;
    start_time?: string;
    stop_time?: string;
    cut_to_message?: { single_price_max: number; cut_to_price: number };
    singleitem: boolean;
    stock_type: string;
    card_id?: string;
    business_type?: string;
    available_region_list?: {
      type?: string;
      province?: string;
      city?: string;
      district?: string;
      country?: string;
    }[];
    available_industry_list?: string[];
  } = result;
  void view;
  const enumValues: readonly string[] = [
    BusinessType.MULTIUSE,
    CouponType.NORMAL,
    CouponType.CUT_TO,
    RegionType.PROVINCE,
    RegionType.CITY,
    RegionType.DISTRICT,
    RegionType.COUNTRY,
    StockStatus.unactivated,
    StockStatus.audit,
    StockStatus.running,
    StockStatus.stoped,
    StockStatus.paused,
    TradeType.MICROAPP,
    TradeType.APPPAY,
    TradeType.PPAY,
    TradeType.CARD,
    TradeType.FACE,
    TradeType.OTHER,
  ];
  void enumValues;
}
