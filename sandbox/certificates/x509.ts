/**
 * Minimal X.509 v3 certificates (RSA, sha256WithRSAEncryption), DER-encoded by hand.
 *
 * Why by hand: node:crypto can parse certificates (X509Certificate) but not create them, and
 * shelling out to the `openssl` CLI would make the sandbox's platform-certificate mode and the
 * bench depend on a tool CI machines may not have. Used by the sandbox (its generated "WeChat Pay
 * platform certificates") and by the bench (a self-signed merchant certificate). Chains are not
 * modelled: every certificate is signed by the key given as `issuerKey` under the same name.
 */
import { createSign, randomBytes, type KeyObject } from "node:crypto";

export interface CertificateOptions {
  /** Public key the certificate binds. */
  readonly publicKey: KeyObject;
  /** Private key that signs the certificate (the subject's own for a self-signed one). */
  readonly issuerKey: KeyObject;
  readonly commonName: string;
  /** Serial number as hex; default 16 random bytes. Must not start with 0 (kept as written). */
  readonly serialHex?: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A certificate PEM for `options` (subject and issuer share the one common name). */
export function createCertificatePem(options: CertificateOptions): string {
  const sha256WithRsa = sequence(
    oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]),
    Buffer.from([0x05, 0x00]),
  );
  const name = sequence(
    set(sequence(oid([0x55, 0x04, 0x03]), tlv(0x0c, Buffer.from(options.commonName, "utf8")))),
  );
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([0x02]))), // [0] EXPLICIT version v3
    tlv(0x02, serialBytes(options.serialHex)),
    sha256WithRsa,
    name,
    sequence(derTime(options.notBefore), derTime(options.notAfter)),
    name,
    options.publicKey.export({ type: "spki", format: "der" }),
  );
  const signature = createSign("sha256").update(tbs).sign(options.issuerKey);
  const der = sequence(
    tbs,
    sha256WithRsa,
    tlv(0x03, Buffer.concat([Buffer.from([0x00]), signature])),
  );
  const base64 = der.toString("base64").replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN CERTIFICATE-----\n${base64}-----END CERTIFICATE-----\n`;
}

/** A self-signed certificate valid from `now` for `validDays` (the bench's merchant certificate). */
export function createSelfSignedCertificatePem(options: {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly commonName: string;
  readonly validDays: number;
  readonly now?: Date;
}): string {
  const now = options.now ?? new Date();
  return createCertificatePem({
    publicKey: options.publicKey,
    issuerKey: options.privateKey,
    commonName: options.commonName,
    notBefore: now,
    notAfter: new Date(now.getTime() + options.validDays * 86_400_000),
  });
}

/** A positive DER INTEGER: random when no serial is given. */
function serialBytes(serialHex: string | undefined): Buffer {
  if (serialHex === undefined) {
    const serial = randomBytes(16);
    serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x10; // positive, no leading zero byte
    return serial;
  }
  if (!/^(?:[0-9A-Fa-f]{2})+$/.test(serialHex) || /^0/.test(serialHex))
    throw new Error("serialHex must be an even number of hex digits, not starting with 0");
  const bytes = Buffer.from(serialHex, "hex");
  // A set top bit would read as a negative INTEGER: prefix a zero byte.
  return (bytes[0] ?? 0) >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
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

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 (a sandbox clock may go there). */
function derTime(date: Date): Buffer {
  const two = (n: number) => String(n).padStart(2, "0");
  const year = date.getUTCFullYear();
  const rest =
    two(date.getUTCMonth() + 1) +
    two(date.getUTCDate()) +
    two(date.getUTCHours()) +
    two(date.getUTCMinutes()) +
    two(date.getUTCSeconds()) +
    "Z";
  if (year >= 1950 && year < 2050) return tlv(0x17, Buffer.from(two(year % 100) + rest, "ascii"));
  return tlv(0x18, Buffer.from(String(year).padStart(4, "0") + rest, "ascii"));
}
