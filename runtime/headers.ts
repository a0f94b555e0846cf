/** Case-insensitive header lookup over the shapes callers hand us (node:http, undici, fetch). */

/** Headers as node:http / undici give them, or a WHATWG `Headers`. */
export type HeadersInput =
  | Readonly<Record<string, string | readonly string[] | undefined>>
  | { get(name: string): string | null };

/** The first value of header `name` (case-insensitive), or undefined. */
export function getHeader(headers: HeadersInput, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const wanted = name.toLowerCase();
  // node:http and undici already give lower-case names: one lookup instead of a scan.
  if (Object.hasOwn(record, wanted)) return firstValue(record[wanted]);
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== wanted) continue;
    return firstValue(record[key]);
  }
  return undefined;
}

function firstValue(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : value[0];
}
