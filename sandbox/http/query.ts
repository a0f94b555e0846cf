/**
 * Parses a raw query string the way the real server does: `+` means a space (so a client that
 * leaves `+` in an RFC 3339 offset unencoded gets the same surprise it would get in production).
 */
export class QueryError extends Error {
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

export function parseQuery(rawQuery: string): Map<string, string> {
  const out = new Map<string, string>();
  if (rawQuery === "") return out;
  for (const pair of rawQuery.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? "" : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, " "));
      value = decodeURIComponent(rawValue.replace(/\+/g, " "));
    } catch {
      throw new QueryError(rawKey, `malformed percent-encoding in query parameter ${rawKey}`);
    }
    if (out.has(key)) throw new QueryError(key, `query parameter ${key} given more than once`);
    out.set(key, value);
  }
  return out;
}
