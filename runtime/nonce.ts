/** Request nonces (the `nonce_str` of the Authorization header and line 4 of the signing string). */
import { randomFillSync } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** 62 × 4 = 248: bytes at or above it are dropped so every character is equally likely. */
const UNBIASED_LIMIT = 248;

/**
 * CSPRNG bytes drawn 4 KiB at a time: one `randomBytes` call per nonce cost ≈ 2 µs of a request's
 * CPU, refilling a pool costs that once per ~120 nonces. Nonces are public (they travel in the
 * Authorization header), so holding unused random bytes in memory exposes nothing; every byte is
 * used at most once.
 */
const pool = Buffer.allocUnsafeSlow(4096);
let poolOffset = pool.length;

function nextRandomByte(): number {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++] as number;
}

/**
 * A fresh 32-character nonce from `[0-9A-Za-z]` (what the official SDKs send), drawn from the
 * CSPRNG with rejection sampling to avoid modulo bias.
 */
export function createNonce(length = 32): string {
  let out = "";
  while (out.length < length) {
    const byte = nextRandomByte();
    if (byte >= UNBIASED_LIMIT) continue;
    out += ALPHABET[byte % ALPHABET.length];
  }
  return out;
}
