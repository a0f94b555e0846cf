/**
 * useFlow / refundFlow and their by-day variants (https://pay.weixin.qq.com/doc/v3/merchant/4012463585,
 * https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/refund-flow.html): only the creator may
 * call; the file exists once the stock has redemptions (the sandbox does not wait for "10:00 the
 * day after the activity ends", or no test could ever download one). The sandbox has no refunds,
 * so refund files carry the header row and a zero summary only.
 */
import { chinaDate } from "../clock.js";
import type { OperationHandler, OperationRequest, SandboxContext } from "../context.js";
import { notFound } from "../errors.js";
import type { CouponRecord, StockRecord } from "../state/store.js";
import { BILL_DOWNLOAD_PATH } from "../domain/bills.js";
import { queryString } from "../domain/paging.js";
import { loadStock, requireCreator } from "../domain/stock-access.js";
import { stockTerms } from "../domain/stock-view.js";

const USE_HEADER =
  "批次id,优惠id,优惠类型,优惠金额(元),订单总金额(元),交易类型,支付单号,消耗时间,消耗商户号,设备号,银行流水号";
const REFUND_HEADER =
  "批次id,优惠id,优惠类型,优惠金额(元),订单总金额(元),交易类型,支付单号,退款时间,退款商户号,退款单号";

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

function usedCoupons(ctx: SandboxContext, stock: StockRecord): CouponRecord[] {
  return Object.values(ctx.state.coupons)
    .filter((c) => c.stock_id === stock.stock_id && c.status === "USED")
    .sort((a, b) => Number(a.coupon_id) - Number(b.coupon_id));
}

function useRows(stock: StockRecord, coupons: readonly CouponRecord[]): string[] {
  const terms = stockTerms(stock);
  // The back-tick prefix keeps spreadsheet programs from mangling long numbers, as in real bills.
  return coupons.map((c) =>
    [
      `\`${stock.stock_id}`,
      `\`${c.coupon_id}`,
      "`全场代金券",
      `\`${yuan(terms.couponAmount)}`,
      `\`${yuan(terms.transactionMinimum)}`,
      // Some columns come without the back-tick in real files; this one stands for them.
      "OTHER",
      `\`${c.consume_information?.transaction_id ?? ""}`,
      `\`${c.consume_information?.consume_time ?? ""}`,
      `\`${c.consume_information?.consume_mchid ?? ""}`,
      "`",
      "`",
    ].join(","),
  );
}

/**
 * The summary block that closes the file: a header line and a totals line, both with a different
 * field count than the detail rows, so readers can keep them apart (the sandbox's stand-in for
 * the totals WeChat Pay's bill files end with).
 */
function useSummary(stock: StockRecord, coupons: readonly CouponRecord[]): string[] {
  const terms = stockTerms(stock);
  return [
    "总笔数,总优惠金额(元)",
    `\`${coupons.length},\`${yuan(terms.couponAmount * coupons.length)}`,
  ];
}

const REFUND_SUMMARY = ["总笔数,总退款优惠金额(元)", "`0,`0.00"];

function useFile(stock: StockRecord, used: readonly CouponRecord[]): string {
  return [USE_HEADER, ...useRows(stock, used), ...useSummary(stock, used)].join("\r\n") + "\r\n";
}

const REFUND_FILE = [REFUND_HEADER, ...REFUND_SUMMARY].join("\r\n") + "\r\n";

function prepare(
  ctx: SandboxContext,
  req: OperationRequest,
): { stock: StockRecord; used: CouponRecord[] } {
  const stock = loadStock(ctx, req.pathParams["stock_id"] ?? "");
  requireCreator(stock, undefined, req.mchid);
  const billDate = queryString(req.query, "bill_date");
  const used = usedCoupons(ctx, stock).filter(
    (c) =>
      billDate === undefined ||
      chinaDate(Date.parse(c.consume_information?.consume_time ?? "")) === billDate,
  );
  if (used.length === 0)
    throw notFound("账单文件不存在 (no bill: nothing was redeemed from this stock yet)");
  return { stock, used };
}

function publish(ctx: SandboxContext, content: string): { url: string; sha1: string } {
  const { token, sha1 } = ctx.bills.publish(content);
  return { url: `${ctx.baseUrl()}${BILL_DOWNLOAD_PATH}?token=${token}`, sha1 };
}

export const useFlow: OperationHandler = (ctx, req) => {
  const { stock, used } = prepare(ctx, req);
  const { url, sha1 } = publish(ctx, useFile(stock, used));
  return { status: 200, body: { url, hash_value: sha1, hash_type: "SHA1" } };
};

export const refundFlow: OperationHandler = (ctx, req) => {
  prepare(ctx, req);
  const { url, sha1 } = publish(ctx, REFUND_FILE);
  return { status: 200, body: { url, hash_value: sha1, hash_type: "SHA1" } };
};

export const useFlowByDay: OperationHandler = (ctx, req) => {
  const { stock, used } = prepare(ctx, req);
  const { url, sha1 } = publish(ctx, useFile(stock, used));
  return {
    status: 200,
    body: { url, stock_useflow_hash: sha1, stock_useflow_count: String(used.length) },
  };
};

export const refundFlowByDay: OperationHandler = (ctx, req) => {
  prepare(ctx, req);
  const { url, sha1 } = publish(ctx, REFUND_FILE);
  return { status: 200, body: { url, stock_refundflow_hash: sha1, stock_refundflow_count: "0" } };
};
