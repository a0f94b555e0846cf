/**
 * listCouponsByFilter and queryCoupon
 * (https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/list-coupons-by-filter.html,
 * https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/query-coupon.html).
 */
import type { OperationHandler } from "../context.js";
import { invalidRequest, notFound, paramError, requestBlocked } from "../errors.js";
import { requireBoundAppid } from "../domain/appid.js";
import { couponStatus, couponView } from "../domain/coupon-view.js";
import { pageOf, queryInt, queryString } from "../domain/paging.js";
import { stockTerms } from "../domain/stock-view.js";
import { getOwn } from "../state/store.js";

export const listCouponsByFilter: OperationHandler = (ctx, req) => {
  const openid = req.pathParams["openid"] ?? "";
  const appid = queryString(req.query, "appid") ?? "";
  requireBoundAppid(ctx, appid, "query");
  const creator = queryString(req.query, "creator_mchid");
  const sender = queryString(req.query, "sender_mchid");
  const available = queryString(req.query, "available_mchid");
  const stockId = queryString(req.query, "stock_id");
  const status = queryString(req.query, "status");
  if (creator === undefined && sender === undefined && available === undefined) {
    throw paramError("参数错误：creator_mchid、sender_mchid、available_mchid 须指定其一", {
      field: "creator_mchid",
      issue: "one of creator_mchid, sender_mchid, available_mchid is required",
      location: "query",
    });
  }
  // "谁创券谁查券": the sandbox merchant may only look at its own stocks / its own sends.
  const asMerchant = creator ?? sender;
  if (asMerchant !== undefined && asMerchant !== req.mchid)
    throw requestBlocked(`无权查询 (merchant ${req.mchid} may not query as ${asMerchant})`);

  const mine = Object.values(ctx.state.coupons)
    .filter((c) => c.openid === openid && c.appid === appid)
    .map((c) => ({ coupon: c, stock: ctx.state.stocks[c.stock_id] }))
    .flatMap(({ coupon, stock }) =>
      stock === undefined
        ? []
        : [{ coupon, stock, status: couponStatus(coupon, stock, ctx.clock) }],
    )
    .sort((a, b) => Number(a.coupon.coupon_id) - Number(b.coupon.coupon_id));

  if (creator === undefined && sender === undefined && available !== undefined) {
    // available_mchid: usable coupons only; offset, limit and stock_id are ignored (list-coupons-by-filter page).
    const usable = mine.filter(
      (x) => x.status === "SENDED" && stockTerms(x.stock).availableMerchants.includes(available),
    );
    const limit = queryInt(req.query, "limit", 20);
    return {
      status: 200,
      body: {
        total_count: usable.length,
        offset: 0,
        limit,
        data: usable.map((x) => couponView(x.coupon, x.stock, ctx.clock)),
      },
    };
  }
  const selected = mine
    .filter((x) =>
      creator !== undefined ? x.stock.creator_mchid === creator : x.coupon.sender_mchid === sender,
    )
    .filter((x) => stockId === undefined || x.stock.stock_id === stockId)
    .filter((x) => x.status !== "EXPIRED")
    .filter((x) => status === undefined || (status === "SENDED" ? x.status === "SENDED" : true));
  const page = pageOf(selected, queryInt(req.query, "offset", 0), queryInt(req.query, "limit", 20));
  return {
    status: 200,
    body: { ...page, data: page.data.map((x) => couponView(x.coupon, x.stock, ctx.clock)) },
  };
};

export const queryCoupon: OperationHandler = (ctx, req) => {
  const openid = req.pathParams["openid"] ?? "";
  const couponId = req.pathParams["coupon_id"] ?? "";
  const appid = queryString(req.query, "appid") ?? "";
  requireBoundAppid(ctx, appid, "query");
  const coupon = getOwn(ctx.state.coupons, couponId);
  if (coupon === undefined || coupon.openid !== openid)
    throw notFound(`券不存在 (coupon ${couponId} does not exist for this openid)`);
  if (coupon.appid !== appid)
    throw invalidRequest("openid与appid不匹配 (the coupon was sent under another appid)");
  const stock = ctx.state.stocks[coupon.stock_id];
  if (stock === undefined) throw notFound(`批次不存在 (stock ${coupon.stock_id} does not exist)`);
  if (stock.creator_mchid !== req.mchid && coupon.sender_mchid !== req.mchid)
    throw requestBlocked("无权查询该券 (caller neither created the stock nor sent the coupon)");
  return { status: 200, body: couponView(coupon, stock, ctx.clock) };
};
