/** Request nonces (the `nonce_str` of the Authorization header and line 4 of the signing string). */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 62 × 4 = 248: bytes at or above it are dropped so every character is equally likely. */
const UNBIASED_LIMIT = 248;

/**
 * A fresh 32-character nonce from `[0-9A-Za-z]` (what the official SDKs send), drawn from the
 * CSPRNG with rejection sampling to avoid modulo bias.
 */
export function createNonce(length = 32): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      out += ALPHABET[byte % ALPHABET.length];
      if (out.length === length) break;
    }
  }
  return out;
}
