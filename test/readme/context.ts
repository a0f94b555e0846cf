/**
 * What README snippets marked `with-client` get as `client`: a live binding the test points at a
 * client of a fresh sandbox before importing the snippet, exactly as the README says "the snippets
 * below use this client".
 */
import type { CouponUseResource } from "../../generated/models.js";
import type { WechatPayClient } from "../../runtime/index.js";

export let client: WechatPayClient;

/** Points `client` at `next`; returns the previous one (to restore it). */
export function useClient(next: WechatPayClient): WechatPayClient {
  const previous = client;
  client = next;
  return previous;
}

/** What `notification-recipe` snippets call as `saveRedemption` ("your own code" in the README). */
export const redemptions: CouponUseResource[] = [];

export function saveRedemption(resource: CouponUseResource): void {
  redemptions.push(resource);
}
