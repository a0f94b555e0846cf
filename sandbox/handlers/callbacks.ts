/**
 * setCallback / queryCallback (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/call-back-url/set-callback.html,
 * https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/call-back-url/query-callback.html).
 */
import { formatChinaTime } from "../clock.js";
import type { OperationHandler, SandboxContext } from "../context.js";
import { notFound, paramError, requestBlocked } from "../errors.js";
import { isLoopbackHttpUrl } from "../http/loopback-callbacks.js";
import { booleanAt, requireString } from "../domain/fields.js";
import { queryString } from "../domain/paging.js";
import { getOwn } from "../state/store.js";

function checkNotifyUrl(ctx: SandboxContext, notifyUrl: string): void {
  const bad = (issue: string): never => {
    throw paramError(`通知地址不合法 (notify_url ${issue})`, {
      field: "/notify_url",
      value: notifyUrl,
      issue,
      location: "body",
    });
  };
  let url: URL;
  try {
    url = new URL(notifyUrl);
  } catch {
    return bad("is not an absolute URL");
  }
  const loopbackHttp = ctx.allowLoopbackHttpCallbacks && isLoopbackHttpUrl(notifyUrl);
  if (url.protocol !== "https:" && !loopbackHttp)
    bad("must use https (the sandbox also accepts http://127.0.0.1)");
  if (url.search !== "" || notifyUrl.includes("?")) bad("must not carry a query string");
  if (url.hash !== "") bad("must not carry a fragment");
}

export const setCallback: OperationHandler = (ctx, req) => {
  const mchid = requireString(req.body, "mchid", "body");
  if (mchid !== req.mchid)
    throw requestBlocked(
      `调用商户无权限 (merchant ${req.mchid} may not set the callback of ${mchid})`,
    );
  const notifyUrl = requireString(req.body, "notify_url", "body");
  checkNotifyUrl(ctx, notifyUrl);
  const updateTime = formatChinaTime(ctx.clock.now());
  const switchValue = booleanAt(req.body, "switch");
  ctx.state.callbacks[mchid] = {
    mchid,
    notify_url: notifyUrl,
    update_time: updateTime,
    ...(switchValue === undefined ? {} : { switch: switchValue }),
  };
  ctx.changed();
  return { status: 200, body: { update_time: updateTime, notify_url: notifyUrl } };
};

export const queryCallback: OperationHandler = (ctx, req) => {
  const mchid = queryString(req.query, "mchid") ?? req.mchid;
  if (mchid !== req.mchid)
    throw requestBlocked(
      `调用商户无权限 (merchant ${req.mchid} may not read the callback of ${mchid})`,
    );
  const callback = getOwn(ctx.state.callbacks, mchid);
  if (callback === undefined) throw notFound("未设置消息通知地址 (no notify_url has been set)");
  return { status: 200, body: { notify_url: callback.notify_url, mchid } };
};
