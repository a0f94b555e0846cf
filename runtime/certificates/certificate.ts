/**
 * One platform certificate as the runtime holds it: the serial WeChat names it by, its validity
 * window and its public key. Built only from a PEM whose serial and window were checked here.
 */
import { X509Certificate } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { PlatformCertificateError } from "./errors.js";

export interface PlatformCertificate {
  /** Serial number in upper-case hex, as `Wechatpay-Serial` names it. */
  readonly serialNo: string;
  /** Start of validity, epoch ms (the later of the listed `effective_time` and the X.509 notBefore). */
  readonly effectiveTime: number;
  /** End of validity, epoch ms (the earlier of the listed `expire_time` and the X.509 notAfter). */
  readonly expireTime: number;
  /** The certificate PEM. */
  readonly pem: string;
  /** Its RSA public key, which verifies answers and notifications. */
  readonly publicKey: KeyObject;
}

/** Normalises a hex serial for comparison: upper case, leading zeros dropped. */
export function normaliseSerial(serial: string): string {
  return serial.toUpperCase().replace(/^0+(?=.)/, "");
}

/**
 * Parses `pem` and checks it is an RSA certificate whose serial is `serialNo` (upper-case hex,
 * compared against node:crypto's X509Certificate). `where` names the source in error messages.
 */
export function readPlatformCertificate(
  pem: string,
  serialNo: string,
  listedWindow: { readonly effectiveTime: number; readonly expireTime: number },
  where: string,
): PlatformCertificate {
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(pem);
  } catch {
    throw new PlatformCertificateError(
      "invalid_certificate",
      `${where} is not a PEM X.509 certificate`,
    );
  }
  const actual = x509.serialNumber.toUpperCase();
  if (!/^[0-9A-Fa-f]+$/.test(serialNo) || normaliseSerial(serialNo) !== normaliseSerial(actual)) {
    throw new PlatformCertificateError(
      "serial_mismatch",
      `${where}: serial_no ${JSON.stringify(serialNo.slice(0, 64))} is not the certificate's serial ${actual}`,
    );
  }
  if (x509.publicKey.asymmetricKeyType !== "rsa")
    throw new PlatformCertificateError("invalid_certificate", `${where} is not an RSA certificate`);
  const notBefore = Date.parse(x509.validFrom);
  const notAfter = Date.parse(x509.validTo);
  if (!Number.isFinite(notBefore) || !Number.isFinite(notAfter)) {
    throw new PlatformCertificateError(
      "invalid_certificate",
      `${where} has an unreadable validity period`,
    );
  }
  const effectiveTime = Math.max(notBefore, listedWindow.effectiveTime);
  const expireTime = Math.min(notAfter, listedWindow.expireTime);
  if (!(effectiveTime < expireTime)) {
    throw new PlatformCertificateError(
      "invalid_certificate",
      `${where}: its validity window is empty (effective ${new Date(effectiveTime).toISOString()}, expires ${new Date(expireTime).toISOString()})`,
    );
  }
  return { serialNo: actual, effectiveTime, expireTime, pem, publicKey: x509.publicKey };
}

/** True while `certificate` may verify signatures at `nowMs`. */
export function isEffective(certificate: PlatformCertificate, nowMs: number): boolean {
  return certificate.effectiveTime <= nowMs && nowMs < certificate.expireTime;
}
