/**
 * Auto-pagination for the list operations. WeChat's `offset` is a PAGE INDEX (0, 1, 2, …), not a
 * row offset (the list-stocks page: 页码, from 0), so we step it by one and count rows against `total_count`.
 */
import type { RequestOptions, WechatPayClient } from "./client.js";
import type { OperationMeta } from "./operation.js";

/** The page shape every favor list operation returns. */
export interface Page<Item> {
  readonly data?: readonly Item[];
  readonly total_count: number;
  readonly offset?: number;
  readonly limit?: number;
}

/** The paging fields of a list operation's params (the rest is passed through unchanged). */
export interface PageParams {
  /** First page INDEX to fetch (default 0). */
  readonly offset?: number;
  readonly limit?: number;
}

/**
 * Iterates every item of a paged list, starting at `params.offset` (default page 0), one request per
 * page. Stops when the items seen reach `total_count` or a page comes back empty.
 */
export async function* paginate<Item, Params extends PageParams = PageParams>(
  client: WechatPayClient,
  op: OperationMeta,
  params: Params,
  options?: RequestOptions,
): AsyncIterableIterator<Item> {
  const startPage = params.offset ?? 0;
  let seen: number | undefined;
  for (let page = startPage; ; page++) {
    const result = await client.request<Page<Item>>(op, { ...params, offset: page }, options);
    const items = result.data ?? [];
    if (items.length === 0) return;
    // Rows on pages before the start page count as seen, so starting mid-list ends at the right page.
    seen ??= startPage * (params.limit ?? result.limit ?? items.length);
    for (const item of items) yield item;
    seen += items.length;
    if (seen >= result.total_count) return;
  }
}
