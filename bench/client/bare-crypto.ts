import { createPrivateKey, createPublicKey, randomBytes, sign, verify } from "node:crypto";
import type { BenchFixtures } from "./fixtures.js";

export interface BareCryptoResult {
  readonly signMicros: number;
  readonly verifyMicros: number;
}

/**
 * The physical floor of the protocol: one RSA-2048 PKCS#1 v1.5 SHA-256 sign (request) and one
 * verify (response) with keys parsed once, on strings of the real size. CPU µs per operation.
 */
export function measureBareCrypto(fixtures: BenchFixtures, iterations: number): BareCryptoResult {
  const privateKey = createPrivateKey(fixtures.merchantPrivateKeyPem);
  const publicKey = createPublicKey(fixtures.platformPublicKeyPem);
  const request = Buffer.from(
    `GET\n/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=1900000001\n1764201600\n${randomBytes(16).toString("hex")}\n\n`,
  );
  const response = Buffer.from(
    `1764201600\n${randomBytes(16).toString("hex")}\n${"x".repeat(6000)}\n`,
  );
  const signature = sign("sha256", response, createPrivateKey(fixtures.platformPrivateKeyPem));

  const perOp = (fn: () => void, n: number): number => {
    for (let i = 0; i < Math.min(20, n); i++) fn(); // warm-up
    const before = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / n;
  };
  const signMicros = perOp(() => sign("sha256", request, privateKey), iterations);
  const verifyMicros = perOp(() => {
    if (!verify("sha256", response, publicKey, signature)) throw new Error("bare verify failed");
  }, iterations * 5);
  return { signMicros, verifyMicros };
}
