/**
 * Bill files behind the use-flow / refund-flow download URLs. A URL is valid for 30 s
 * (https://pay.weixin.qq.com/doc/v3/merchant/4012463585); fetching it is a signed GET whose answer is unsigned, to be checked
 * against the SHA-1 `hash_value`.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../clock.js";

export const BILL_DOWNLOAD_PATH = "/v3/billdownload/file";

interface BillFile {
  content: Buffer;
  expiresAt: number;
}

export class BillStore {
  private readonly files = new Map<string, BillFile>();

  constructor(
    private readonly clock: Clock,
    private readonly validityMs = 30_000,
  ) {}

  /** Stores a file and returns its download token and SHA-1. */
  publish(content: string): { token: string; sha1: string } {
    const now = this.clock.now();
    for (const [token, file] of this.files) if (file.expiresAt < now) this.files.delete(token);
    const token = randomBytes(18).toString("base64url");
    const data = Buffer.from(content, "utf8");
    this.files.set(token, { content: data, expiresAt: now + this.validityMs });
    return { token, sha1: createHash("sha1").update(data).digest("hex") };
  }

  fetch(token: string): Buffer | undefined {
    const file = this.files.get(token);
    if (file === undefined || file.expiresAt < this.clock.now()) return undefined;
    return file.content;
  }
}
