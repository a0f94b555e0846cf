/**
 * createCouponStock: idempotency by out_request_no, then the documented business rules that a
 * JSON Schema cannot express (https://pay.weixin.qq.com/doc/v3/partner/4012534537). Field-level constraints (lengths, ranges, enums,
 * required fields) come from the spec and were already checked by the validator.
 */
import { formatChinaTime, parseRfc3339 } from "../clock.js";
import type { OperationHandler } from "../context.js";
import { invalidRequest, paramError } from "../errors.js";
import type { JsonObject, StockRecord } from "../state/store.js";
import { refuseChangedReplay } from "../domain/idempotency.js";
import {
  findFourByteCharacter,
  numberAt,
  objectAt,
  requireNumber,
  requireString,
  stringAt,
} from "../domain/fields.js";
import { canonicalJson } from "../../shared/json.js";

const DAY_MS = 24 * 3600 * 1000;
/** The availability window may be at most 90 days long. */
const MAX_WINDOW_MS = 90 * DAY_MS;
/** The window must start within 365 days. */
const MAX_START_AHEAD_MS = 365 * DAY_MS;
/** Clock slack for "begin must not be in the past": the same 5 minutes the signature check allows. */
const PAST_SLACK_MS = 5 * 60 * 1000;

function checkTimes(body: JsonObject, now: number): void {
  const beginText = requireString(body, "available_begin_time", "body");
  const endText = requireString(body, "available_end_time", "body");
  const begin = parseRfc3339(beginText);
  const end = parseRfc3339(endText);
  if (Number.isNaN(begin))
    throw paramError("输入时间格式错误 (available_begin_time is not RFC 3339)", {
      field: "/available_begin_time",
      value: beginText,
      issue: "not an RFC 3339 date-time",
      location: "body",
    });
  if (Number.isNaN(end))
    throw paramError("输入时间格式错误 (available_end_time is not RFC 3339)", {
      field: "/available_end_time",
      value: endText,
      issue: "not an RFC 3339 date-time",
      location: "body",
    });
  if (begin < now - PAST_SLACK_MS) {
    throw paramError("开始时间不能早于当前时间 (available_begin_time is in the past)", {
      field: "/available_begin_time",
      value: beginText,
      issue: "must not be in the past",
      location: "body",
    });
  }
  if (begin > now + MAX_START_AHEAD_MS) {
    throw paramError("开始时间需在365天内 (available_begin_time more than 365 days ahead)", {
      field: "/available_begin_time",
      value: beginText,
      issue: "must be within 365 days from now",
      location: "body",
    });
  }
  if (end <= begin) {
    throw paramError(
      "结束时间必须晚于开始时间 (available_end_time must be after available_begin_time)",
      {
        field: "/available_end_time",
        value: endText,
        issue: "must be after available_begin_time",
        location: "body",
      },
    );
  }
  if (end - begin > MAX_WINDOW_MS) {
    throw paramError("可用时间窗口不能超过90天 (availability window longer than 90 days)", {
      field: "/available_end_time",
      value: endText,
      issue: "window longer than 90 days",
      location: "body",
    });
  }
}

/** Fixed amounts: the order minimum exceeds the face value; the budget is face value × count. */
function checkFixedAmounts(fixed: JsonObject, maxAmount: number, maxCoupons: number): void {
  const couponAmount = requireNumber(
    fixed,
    "coupon_amount",
    "/coupon_use_rule/fixed_normal_coupon/coupon_amount",
  );
  const minimum = requireNumber(
    fixed,
    "transaction_minimum",
    "/coupon_use_rule/fixed_normal_coupon/transaction_minimum",
  );
  // The real server's message for this rule is misleading ("face value must be > 0"); keep it,
  // clients match on it, and say in the detail what is actually wrong.
  if (minimum <= couponAmount) {
    throw paramError("券面额必须大于0", {
      field: "/coupon_use_rule/fixed_normal_coupon/transaction_minimum",
      value: minimum,
      issue: `must be greater than coupon_amount (${couponAmount})`,
      location: "body",
    });
  }
  if (maxAmount !== couponAmount * maxCoupons) {
    throw paramError("参数错误：max_amount 必须等于 coupon_amount × max_coupons", {
      field: "/stock_use_rule/max_amount",
      value: maxAmount,
      issue: `must equal coupon_amount × max_coupons = ${couponAmount * maxCoupons}`,
      location: "body",
    });
  }
}

function checkAmounts(body: JsonObject): void {
  const useRule = objectAt(body, "stock_use_rule") ?? {};
  const couponRule = objectAt(body, "coupon_use_rule") ?? {};
  const fixed = objectAt(couponRule, "fixed_normal_coupon");
  if (stringAt(body, "stock_type") === "NORMAL" && fixed === undefined) {
    throw paramError("参数错误：NORMAL 批次必须填写 fixed_normal_coupon", {
      field: "/coupon_use_rule/fixed_normal_coupon",
      issue: "is required when stock_type is NORMAL",
      location: "body",
    });
  }
  const maxCoupons = requireNumber(useRule, "max_coupons", "/stock_use_rule/max_coupons");
  const maxAmount = requireNumber(useRule, "max_amount", "/stock_use_rule/max_amount");
  const perUser = requireNumber(
    useRule,
    "max_coupons_per_user",
    "/stock_use_rule/max_coupons_per_user",
  );
  if (fixed !== undefined) checkFixedAmounts(fixed, maxAmount, maxCoupons);
  if (perUser > maxCoupons) {
    throw paramError("参数错误：单个用户可领个数不能超过发放总上限", {
      field: "/stock_use_rule/max_coupons_per_user",
      value: perUser,
      issue: `must not exceed max_coupons (${maxCoupons})`,
      location: "body",
    });
  }
  const byDay = numberAt(useRule, "max_amount_by_day");
  if (byDay !== undefined && (byDay <= 0 || byDay > maxAmount)) {
    throw paramError("参数错误：单天发放上限金额不能为0且不能超过总预算", {
      field: "/stock_use_rule/max_amount_by_day",
      value: byDay,
      issue: `must be > 0 and ≤ max_amount (${maxAmount})`,
      location: "body",
    });
  }
}

function checkPattern(body: JsonObject): void {
  const pattern = objectAt(body, "pattern_info");
  if (pattern === undefined) return;
  if (stringAt(pattern, "jump_target") === "MINI_PROGRAM") {
    for (const key of ["mini_program_appid", "mini_program_path"]) {
      if (stringAt(pattern, key) === undefined) {
        throw paramError(`参数错误：jump_target 为 MINI_PROGRAM 时 ${key} 必填`, {
          field: `/pattern_info/${key}`,
          issue: "is required when jump_target is MINI_PROGRAM",
          location: "body",
        });
      }
    }
  }
}

function checkAvailableTime(body: JsonObject): void {
  const available = objectAt(objectAt(body, "coupon_use_rule") ?? {}, "coupon_available_time");
  if (available === undefined) return;
  if (
    objectAt(available, "fix_available_time") !== undefined &&
    numberAt(available, "available_time_after_receive") !== undefined
  ) {
    throw paramError("参数错误：固定周期与领取后N天可用不能同时设置", {
      field: "/coupon_use_rule/coupon_available_time/available_time_after_receive",
      issue: "excludes fix_available_time",
      location: "body",
    });
  }
}

export const createCouponStock: OperationHandler = (ctx, req) => {
  const body = req.body;
  const outRequestNo = requireString(body, "out_request_no", "body");
  const fingerprint = canonicalJson(body);
  const key = `${req.mchid}|${outRequestNo}`;
  const previous = ctx.state.create_requests[key];
  if (previous !== undefined) {
    refuseChangedReplay(previous, fingerprint, outRequestNo);
    const stock = ctx.state.stocks[previous.result_id];
    if (stock !== undefined)
      return { status: 200, body: { stock_id: stock.stock_id, create_time: stock.create_time } };
  }

  const fourByte = findFourByteCharacter(body);
  if (fourByte) {
    throw paramError(
      "参数错误：不支持4字节的UTF-8字符 (emoji and other 4-byte characters are not supported)",
      {
        field: fourByte.pointer,
        value: fourByte.value,
        issue: "contains a 4-byte UTF-8 character",
        location: "body",
      },
    );
  }
  const belong = requireString(body, "belong_merchant", "body");
  if (belong !== req.mchid) {
    throw invalidRequest(
      "非法的商户号：belong_merchant 必须是调用商户号 (belong_merchant must be the calling mchid)",
      {
        field: "/belong_merchant",
        value: belong,
        issue: `must equal the calling mchid ${req.mchid}`,
        location: "body",
      },
    );
  }
  const now = ctx.clock.now();
  checkTimes(body, now);
  checkAmounts(body);
  checkPattern(body);
  checkAvailableTime(body);

  const stockId = String(1_000_000_000 + ctx.state.next_stock_seq);
  ctx.state.next_stock_seq += 1;
  const stock: StockRecord = {
    stock_id: stockId,
    creator_mchid: req.mchid,
    request: structuredClone(body),
    fingerprint,
    status: "unactivated",
    create_time: formatChinaTime(now),
    distributed_coupons: 0,
    distributed_by_day: {},
  };
  ctx.state.stocks[stockId] = stock;
  ctx.state.create_requests[key] = { result_id: stockId, fingerprint };
  ctx.changed();
  return { status: 200, body: { stock_id: stockId, create_time: stock.create_time } };
};
