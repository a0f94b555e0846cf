import { createSign, randomBytes, type KeyObject } from "node:crypto";

/**
 * A minimal self-signed X.509 v3 certificate (RSA, sha256WithRSAEncryption), DER-encoded by hand.
 *
 * Why: wechatpay-node-v3 insists on a merchant certificate to derive its serial number, and
 * node:crypto can parse certificates but not create them. Shelling out to the `openssl` CLI would
 * make the bench (and its smoke test in `npm test`) depend on a tool CI machines may not have.
 */
export function createSelfSignedCertificatePem(options: {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly commonName: string;
  readonly validDays: number;
  readonly now?: Date;
}): string {
  const now = options.now ?? new Date();
  const notAfter = new Date(now.getTime() + options.validDays * 86_400_000);
  const sha256WithRsa = sequence(
    oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]),
    Buffer.from([0x05, 0x00]),
  );
  const name = sequence(
    set(sequence(oid([0x55, 0x04, 0x03]), tlv(0x0c, Buffer.from(options.commonName, "utf8")))),
  );
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive INTEGER without a leading zero byte
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([0x02]))), // [0] EXPLICIT version v3
    tlv(0x02, serial),
    sha256WithRsa,
    name,
    sequence(utcTime(now), utcTime(notAfter)),
    name,
    options.publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = createSign("sha256").update(tbs).sign(options.privateKey);
  const der = sequence(
    tbs,
    sha256WithRsa,
    tlv(0x03, Buffer.concat([Buffer.from([0x00]), signature])),
  );
  const base64 = der.toString("base64").replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${base64}-----END CERTIFICATE-----\n`;
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function sequence(...parts: Buffer[]): Buffer {
  return tlv(0x30, Buffer.concat(parts));
}

function set(...parts: Buffer[]): Buffer {
  return tlv(0x31, Buffer.concat(parts));
}

function oid(encoded: number[]): Buffer {
  return tlv(0x06, Buffer.from(encoded));
}

function utcTime(date: Date): Buffer {
  const two = (n: number) => String(n).padStart(2, "0");
  const text =
    two(date.getUTCFullYear() % 100) +
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds()) +
    "Z";
  return tlv(0x17, Buffer.from(text, "ascii"));
}
