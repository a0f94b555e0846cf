import { joinPointer } from "../load/index.js";
import { isRecord } from "../walk/json.js";
import { listRawOperations } from "../walk/operations.js";
import type { CheckContext } from "./context.js";

const BOOLEAN_FLAGS = [
  "x-wechatpay-idempotent",
  "x-wechatpay-unsigned-response",
  "x-wechatpay-experimental",
] as const;

/** Shapes of the vendor extensions the generator, runtime and sandbox agree on (team brief). */
export function checkExtensions(ctx: CheckContext): void {
  for (const raw of listRawOperations(ctx.document)) {
    for (const flag of BOOLEAN_FLAGS) {
      const value = raw.node[flag];
      if (value !== undefined && typeof value !== "boolean")
        ctx.error(
          joinPointer(raw.pointer, flag),
          `${flag} must be true or false`,
          `write \`${flag}: true\``,
        );
    }
    const limits = raw.node["x-wechatpay-rate-limits"];
    if (limits === undefined) continue;
    if (!Array.isArray(limits)) {
      ctx.error(
        joinPointer(raw.pointer, "x-wechatpay-rate-limits"),
        "x-wechatpay-rate-limits must be a list",
        "write a list of { limit, per, scope }",
      );
      continue;
    }
    limits.forEach((entry, i) => {
      const at = joinPointer(joinPointer(raw.pointer, "x-wechatpay-rate-limits"), i);
      const ok =
        isRecord(entry) &&
        Number.isInteger(entry["limit"]) &&
        (entry["limit"] as number) > 0 &&
        (entry["per"] === "second" || entry["per"] === "minute") &&
        ["all", "mchid", "ip"].includes(String(entry["scope"]));
      if (!ok)
        ctx.error(
          at,
          "rate limit entry must be { limit: <positive int>, per: second|minute, scope: all|mchid|ip }",
          "fix the entry",
        );
    });
  }
}
