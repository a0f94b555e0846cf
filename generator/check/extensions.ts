import { joinPointer } from "../load/index.js";
import { isRecord } from "../walk/json.js";
import { walkOas, type OasKind } from "../walk/oas.js";
import {
  checkClientDefaults,
  CLIENT_DEFAULT_KEY,
  clientDefaultValueProblem,
} from "./client-defaults.js";
import type { CheckContext } from "./context.js";
import { quote } from "../quote.js";

/**
 * Every vendor extension the generator, runtime and sandbox understand (spec/README.md lists
 * them for authors): where it may appear and the shape of its value. Any other `x-` key is an
 * error, like an unknown keyword: a misspelled `x-wechatpay-idempotnet` would otherwise turn retry
 * safety off without a word.
 */
interface Extension {
  readonly where: readonly OasKind[];
  /** Undefined when the value is fine, else what it must be. */
  readonly problem: (value: unknown) => string | undefined;
  readonly fix: string;
}

const boolean = (value: unknown): string | undefined =>
  typeof value === "boolean" ? undefined : "true or false";
const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? undefined : "a non-empty string";

/**
 * The differences docs:diff can acknowledge (tools/docs/compare.ts KINDS, less the additions it
 * never acknowledges); a misspelled kind would silently acknowledge nothing.
 * test/docs/deviations.test.ts keeps the two lists in step.
 */
export const DOC_DEVIATION_KINDS: readonly string[] = [
  "field-removed",
  "required",
  "type",
  "max-length",
  "min-length",
  "maximum",
  "minimum",
  "max-items",
  "enum-added",
  "enum-removed",
  "rate-limit",
  "error-code-added",
  "error-code-removed",
];

export const EXTENSIONS: ReadonlyMap<string, Extension> = new Map<string, Extension>([
  [
    "x-wechatpay-rate-limits",
    {
      where: ["operation"],
      problem: (v) =>
        Array.isArray(v) &&
        v.length > 0 &&
        v.every(
          (entry) =>
            isRecord(entry) &&
            Number.isInteger(entry["limit"]) &&
            (entry["limit"] as number) > 0 &&
            (entry["per"] === "second" || entry["per"] === "minute") &&
            ["all", "mchid", "ip"].includes(String(entry["scope"])) &&
            Object.keys(entry).every((k) => ["limit", "per", "scope"].includes(k)),
        )
          ? undefined
          : "a list of { limit: <positive int>, per: second|minute, scope: all|mchid|ip }",
      fix: "write `- { limit: 100, per: second, scope: all }` entries, as the docs state the limits",
    },
  ],
  [
    "x-wechatpay-idempotent",
    { where: ["operation"], problem: boolean, fix: "write `x-wechatpay-idempotent: true`" },
  ],
  [
    "x-wechatpay-unsigned-response",
    { where: ["operation"], problem: boolean, fix: "write `x-wechatpay-unsigned-response: true`" },
  ],
  [
    "x-wechatpay-experimental",
    { where: ["operation"], problem: boolean, fix: "write `x-wechatpay-experimental: true`" },
  ],
  [
    "x-wechatpay-idempotency-key",
    {
      where: ["operation"],
      problem: nonEmptyString,
      fix: "name the body field, e.g. `out_request_no`",
    },
  ],
  [
    "x-wechatpay-multipart",
    {
      where: ["operation"],
      problem: (v) =>
        isRecord(v) &&
        typeof v["meta_part"] === "string" &&
        typeof v["file_part"] === "string" &&
        Object.keys(v).length === 2
          ? undefined
          : "{ meta_part: <name>, file_part: <name> }",
      fix: "write `x-wechatpay-multipart: { meta_part: meta, file_part: file }`",
    },
  ],
  [
    "x-wechatpay-error-codes",
    {
      where: ["response"],
      // Its shape is checked entry by entry, at each entry's line, in shapes.ts.
      problem: () => undefined,
      fix: "",
    },
  ],
  [
    "x-wechatpay-empty-response",
    {
      where: ["response"],
      problem: (v) => (v === true ? undefined : "true"),
      fix: "write `x-wechatpay-empty-response: true` on a success response the docs say has no body",
    },
  ],
  [
    CLIENT_DEFAULT_KEY,
    {
      // Read by the model (optional generated param) and the runtime (fills it); see client-defaults.ts.
      where: ["parameter", "property"],
      problem: clientDefaultValueProblem,
      fix: "write `x-wechatpay-client-default: { from: mchid, reason: <the docs' statement + page address> }`",
    },
  ],
  [
    "x-enum-descriptions",
    {
      where: ["schema", "property"],
      problem: (v) => (isRecord(v) ? undefined : "a mapping of each value to its meaning"),
      fix: "write `x-enum-descriptions: { VALUE: meaning }`",
    },
  ],
  [
    "x-wechatpay-doc-deviation",
    {
      // Read by tools/docs (npm run docs:diff): one entry per kind of difference it acknowledges.
      where: ["schema", "property", "parameter", "operation"],
      problem: (v) =>
        isRecord(v) &&
        Object.keys(v).length > 0 &&
        Object.entries(v).every(
          ([kind, entry]) =>
            DOC_DEVIATION_KINDS.includes(kind) &&
            isRecord(entry) &&
            nonEmptyString(entry["reason"]) === undefined &&
            Object.keys(entry).every((k) => k === "doc" || k === "reason"),
        )
          ? undefined
          : "a mapping of each difference kind to { doc: <the page's value>, reason: <why> }",
      fix: `write \`x-wechatpay-doc-deviation: { max-length: { doc: 664, reason: <why the spec differs> } }\` (kinds: ${DOC_DEVIATION_KINDS.join(", ")})`,
    },
  ],
]);

/** Unknown `x-` keys, known ones in the wrong place, and values of the wrong shape. */
export function checkExtensions(ctx: CheckContext): void {
  walkOas(ctx.document, ({ node, pointer, kind }) => {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("x-")) continue;
      const at = joinPointer(pointer, key);
      const known = EXTENSIONS.get(key);
      if (known === undefined) {
        ctx.errorAtKey(
          at,
          `unknown vendor extension ${quote(key)}`,
          `fix the spelling, or register it in generator/check/extensions.ts (and spec/README.md) once the generator, runtime or sandbox reads it; known: ${[...EXTENSIONS.keys()].join(", ")}`,
        );
        continue;
      }
      if (!known.where.includes(kind)) {
        ctx.errorAtKey(
          at,
          `${key} is not read on ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`,
          `move it to ${known.where.map((w) => `the ${w}`).join(" or ")}`,
        );
        continue;
      }
      const problem = known.problem(value);
      if (problem !== undefined) ctx.error(at, `${key} must be ${problem}`, known.fix);
    }
  });
  checkClientDefaults(ctx);
}
