import type { BundledDocument } from "../load/index.js";
import { HTTP_METHODS, isRecord } from "../walk/json.js";

/** An operation this output leaves out, by its place in `paths`. */
export interface OmittedRoute {
  readonly path: string;
  /** Upper-case HTTP method, as in the model. */
  readonly method: string;
}

/**
 * The bundled document as the generated client sees it: without the operations this output leaves
 * out (experimental ones without `--experimental`), and without the components only they used
 * (request/response schemas, parameters, responses). The type layer (`schema.ts`) and the model
 * list are printed from it, so the client exports no type for an operation it has no function for.
 *
 * A component that nothing references in the full document either (e.g. a notification's
 * decrypted plaintext, documented for users) is kept: only what the omitted operations alone
 * reached is dropped. Returns `document` itself when nothing is omitted.
 */
export function clientDocument(
  document: BundledDocument,
  omitted: readonly OmittedRoute[],
): BundledDocument {
  if (omitted.length === 0) return document;
  // The model stage and the emit stage both ask for it (~5 ms each on the favor spec): computed once.
  const key = omitted.map((o) => `${o.method} ${o.path}`).join("\n");
  const cached = cache.get(document);
  if (cached?.key === key) return cached.result;
  const result = withoutRoutes(document, omitted);
  cache.set(document, { key, result });
  return result;
}

const cache = new WeakMap<BundledDocument, { key: string; result: BundledDocument }>();

function withoutRoutes(
  document: BundledDocument,
  omitted: readonly OmittedRoute[],
): BundledDocument {
  const paths = isRecord(document["paths"]) ? { ...document["paths"] } : {};
  for (const { path, method } of omitted) {
    const item = paths[path];
    if (!isRecord(item)) continue;
    const rest = { ...item };
    delete rest[method.toLowerCase()];
    if (Object.keys(rest).some((key) => (HTTP_METHODS as readonly string[]).includes(key)))
      paths[path] = rest;
    else delete paths[path];
  }
  const filtered: BundledDocument = { ...document, paths };
  const before = reachableComponents(document);
  const after = reachableComponents(filtered);
  const components = isRecord(document["components"]) ? document["components"] : {};
  const kept: Record<string, unknown> = {};
  for (const [section, entries] of Object.entries(components)) {
    if (!isRecord(entries)) {
      kept[section] = entries;
      continue;
    }
    const names = Object.keys(entries).filter((name) => {
      const ref = `#/components/${section}/${name}`;
      return !before.has(ref) || after.has(ref);
    });
    kept[section] = Object.fromEntries(names.map((name) => [name, entries[name]]));
  }
  return { ...filtered, components: kept };
}

/**
 * `#/components/<section>/<name>` refs reachable from everything outside `components`,
 * following refs into components transitively.
 */
function reachableComponents(document: BundledDocument): Set<string> {
  const components = isRecord(document["components"]) ? document["components"] : {};
  const seen = new Set<string>();
  const pending: unknown[] = Object.entries(document)
    .filter(([key]) => key !== "components")
    .map(([, value]) => value);
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (!isRecord(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(value);
        if (match === null || seen.has(value)) continue;
        seen.add(value);
        const [, section = "", name = ""] = match;
        const target = isRecord(components[section]) ? components[section][name] : undefined;
        pending.push(target);
      } else pending.push(value);
    }
  }
  return seen;
}
