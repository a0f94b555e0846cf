/** Page-index pagination (`offset` is a page number from 0, as the list-stocks page says) with total_count. */

export interface Page<T> {
  total_count: number;
  offset: number;
  limit: number;
  data: T[];
}

export function pageOf<T>(items: readonly T[], offset: number, limit: number): Page<T> {
  const start = offset * limit;
  return { total_count: items.length, offset, limit, data: items.slice(start, start + limit) };
}

export function queryInt(
  query: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
): number {
  const value = query[key];
  return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

export function queryString(
  query: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  const value = query[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}
