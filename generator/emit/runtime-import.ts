/**
 * Where generated files import the runtime from (`generate --runtime <specifier>`). By default
 * the output sits next to this repository's `runtime/` (`generated/` → `../runtime/index.js`); a
 * service generating its own client imports the installed package instead (`wechatpay-favor`),
 * so its client and the package's share one `WechatPayClient` class.
 */
import path from "node:path";

/** This repository's layout: the output folder and `runtime/` are siblings. */
export const DEFAULT_RUNTIME = "../runtime/index.js";

/** Package names (`wechatpay-favor`, `@scope/name/sub`) and relative paths; nothing that needs quoting. */
const SPECIFIER = /^(?:\.{1,2}\/|@[a-z0-9][\w.-]*\/)?[\w.~-]+(?:\/[\w.~-]+)*$/i;

/** Why `value` cannot be the runtime's module specifier, or undefined when it can. */
export function runtimeSpecifierProblem(value: string): string | undefined {
  if (value.length === 0 || value.length > 200 || !SPECIFIER.test(value))
    return "must be a package name (wechatpay-favor, @scope/name) or a relative path (./lib/runtime/index.js), letters, digits and . _ ~ - / only";
  if (isRelative(value) && !/\.(?:js|mjs)$/.test(value))
    return "a relative path must name the file with its .js extension (ES modules resolve no other way)";
  return undefined;
}

/**
 * The specifier as written in a file of the folder `dir` (relative to the output folder: "" or
 * "operations"). A package name is the same everywhere; a relative path is relative to the
 * output folder, so a file one level down gets one more `../`.
 */
export function runtimeSpecifier(runtime: string, dir: string): string {
  if (!isRelative(runtime)) return runtime;
  const depth = dir === "" ? 0 : dir.split("/").length;
  const joined = path.posix.normalize(`${"../".repeat(depth)}${runtime}`);
  return joined.startsWith("../") ? joined : `./${joined}`;
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../");
}
