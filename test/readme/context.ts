/**
 * What README snippets marked `with-client` get as `client`: a live binding the test points at a
 * client of a fresh sandbox before importing the snippet, exactly as the README says "the snippets
 * below use this client".
 */
import type { WechatPayClient } from "../../runtime/index.js";

export let client: WechatPayClient;

export function useClient(next: WechatPayClient): void {
  client = next;
}
