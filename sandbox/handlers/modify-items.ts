/**
 * modifyAvailableSingleitem (experimental, https://pay.weixin.qq.com/doc/v3/merchant/4017164667): add / delete goods IDs of a
 * single-item stock; at least one must remain.
 */
import { formatChinaTime } from "../clock.js";
import type { OperationHandler } from "../context.js";
import { invalidRequest, paramError } from "../errors.js";
import type { JsonObject } from "../state/store.js";
import { objectAt, requireString, stringListAt } from "../domain/fields.js";
import { loadStock, requireCreator } from "../domain/stock-access.js";
import { stockTerms } from "../domain/stock-view.js";

export const modifyAvailableSingleitem: OperationHandler = (ctx, req) => {
  const stock = loadStock(ctx, req.pathParams["stock_id"] ?? "");
  requireCreator(stock, requireString(req.body, "stock_creator_mchid", "body"), req.mchid);
  const current = stockTerms(stock).availableItems;
  if (current.length === 0)
    throw invalidRequest("非单品批次，不能修改可用单品 (not a single-item stock)");
  const add = stringListAt(req.body, "add_goods_id_list") ?? [];
  const remove = new Set(stringListAt(req.body, "delete_goods_id_list") ?? []);
  const next = [...new Set([...current.filter((id) => !remove.has(id)), ...add])];
  if (next.length === 0) {
    throw paramError("参数错误：修改后至少保留一个可用单品 (at least one goods ID must remain)", {
      field: "/delete_goods_id_list",
      issue: "would remove every goods ID",
      location: "body",
    });
  }
  const couponRule: JsonObject = objectAt(stock.request, "coupon_use_rule") ?? {};
  couponRule["available_items"] = next;
  stock.request["coupon_use_rule"] = couponRule;
  ctx.changed();
  const now = formatChinaTime(ctx.clock.now());
  return { status: 200, body: { stock_id: stock.stock_id, effect_time: now } };
};
