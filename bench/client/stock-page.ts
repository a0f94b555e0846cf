/**
 * A realistic `listStocks` page (10 stocks, Chinese names), so JSON parsing and verifying a
 * body of the size a merchant really receives is part of every client's measured cost.
 */
export function stockPageBody(stockCreatorMchid: string): string {
  const data = Array.from({ length: 10 }, (_, i) => ({
    stock_id: String(9856000 + i),
    stock_creator_mchid: stockCreatorMchid,
    stock_name: `双十一满减代金券第${i + 1}批`,
    status: "running",
    create_time: "2026-11-01T10:00:00+08:00",
    description: "全场满100元减10元，每人限领3张，不与其他优惠同享",
    stock_use_rule: {
      max_coupons: 100000,
      max_amount: 1000000,
      max_amount_by_day: 100000,
      fixed_normal_coupon: { coupon_amount: 1000, transaction_minimum: 10000 },
      max_coupons_per_user: 3,
      coupon_type: "NORMAL",
      goods_tag: ["double11", "food"],
      trade_type: ["MICROAPP", "APPPAY", "PPAY"], // spec enum values only (JSAPI is not one; full validation refused it),
      combine_use: false,
    },
    available_begin_time: "2026-11-11T00:00:00+08:00",
    available_end_time: "2026-11-12T00:00:00+08:00",
    distributed_coupons: 1234 + i,
    no_cash: false,
    start_time: "2026-11-01T10:05:00+08:00",
    singleitem: false,
    stock_type: "NORMAL",
  }));
  return JSON.stringify({ total_count: 57, limit: 10, offset: 0, data });
}
