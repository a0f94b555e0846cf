/** appid checks shared by the coupon operations. */
import type { SandboxContext } from "../context.js";
import { SandboxApiError } from "../errors.js";

export function requireBoundAppid(
  ctx: SandboxContext,
  appid: string,
  location: "body" | "query",
): void {
  if (!ctx.appids.has(appid)) {
    throw new SandboxApiError(
      400,
      "APPID_MCHID_NOT_MATCH",
      `商户号与appid不匹配 (appid ${appid} is not bound to the merchant)`,
      {
        field: location === "body" ? "/appid" : "appid",
        value: appid,
        issue: "not bound to the calling mchid",
        location,
      },
    );
  }
}
