/**
 * The sandbox's platform-certificate mode: "WeChat Pay" platform certificates generated in-process,
 * served by `GET /v3/certificates` encrypted with the merchant's APIv3 key, used to sign answers
 * and notifications, and rotated under the sandbox clock the way WeChat does it: a new certificate
 * is offered first (listed, not used), then used to sign, and the old one expires on its date.
 */
import { generateKeyPair, randomBytes } from "node:crypto";
import type { KeyObject } from "node:crypto";
import { promisify } from "node:util";
import { NOTIFICATION_ALGORITHM } from "../../runtime/index.js";
import { encryptResource } from "../../runtime/protocol.js";
import { formatChinaTime, type Clock } from "../clock.js";
import { randomAlnum } from "../ids.js";
import { createCertificatePem } from "./x509.js";

const generateKeyPairAsync = promisify(generateKeyPair);

/** Which key signs answers and notifications. */
export type CertificateSigningMode =
  /** The current platform certificate (a legacy-mode merchant). */
  | "certificate"
  /** The WeChat Pay public key, while certificates are still served (a migration). */
  | "public-key";

/** A deliberately broken certificates answer, for client tests. */
export type CertificateAnswerFault =
  /** A listed serial_no differs from the certificate's own serial. */
  "serial-mismatch";

export interface SandboxCertificateOptions {
  /** Default "certificate". */
  readonly signWith?: CertificateSigningMode;
  /** Lifetime of each generated certificate in ms (default 5 years, like WeChat's). */
  readonly validityMs?: number;
}

export interface RotateCertificateOptions {
  /** The new certificate becomes effective this long from now (default 0: at once). */
  readonly effectiveInMs?: number;
  /** It starts signing this long from now (default 1 day: WeChat offers new ones ahead). */
  readonly useAfterMs?: number;
  /** Its lifetime (default: the mode's `validityMs`). */
  readonly validityMs?: number;
}

interface IssuedCertificate {
  readonly serialNo: string;
  readonly pem: string;
  readonly privateKey: KeyObject;
  readonly notBefore: number;
  readonly notAfter: number;
  /** When it starts signing. */
  readonly signFrom: number;
}

/** One certificates answer entry, as WeChat lists it. */
export interface CertificateListing {
  readonly serial_no: string;
  readonly effective_time: string;
  readonly expire_time: string;
  readonly certificate: string;
}

export const DEFAULT_CERTIFICATE_VALIDITY_MS = 5 * 365 * 86_400_000;
const DAY_MS = 86_400_000;

export class SandboxPlatformCertificates {
  readonly #clock: Clock;
  readonly #apiV3Key: string;
  readonly #publicKeyId: string;
  readonly #publicKeyPrivateKey: KeyObject;
  readonly #validityMs: number;
  readonly #issued: IssuedCertificate[] = [];
  #mode: CertificateSigningMode;
  #downloads = 0;
  /** A fault applied to every certificates answer until cleared. */
  answerFault: CertificateAnswerFault | undefined;

  private constructor(
    clock: Clock,
    apiV3Key: string,
    publicKeyId: string,
    publicKeyPrivateKey: KeyObject,
    options: SandboxCertificateOptions,
  ) {
    this.#clock = clock;
    this.#apiV3Key = apiV3Key;
    this.#publicKeyId = publicKeyId;
    this.#publicKeyPrivateKey = publicKeyPrivateKey;
    this.#mode = options.signWith ?? "certificate";
    this.#validityMs = options.validityMs ?? DEFAULT_CERTIFICATE_VALIDITY_MS;
    if (!(this.#validityMs >= 1000)) throw new Error("validityMs must be at least 1000 ms");
  }

  /** Issues the first certificate (effective since a day ago, signing at once). */
  static async create(
    clock: Clock,
    apiV3Key: string,
    publicKey: { readonly id: string; readonly privateKey: KeyObject },
    options: SandboxCertificateOptions = {},
  ): Promise<SandboxPlatformCertificates> {
    const authority = new SandboxPlatformCertificates(
      clock,
      apiV3Key,
      publicKey.id,
      publicKey.privateKey,
      options,
    );
    await authority.#issue(-DAY_MS, -DAY_MS, authority.#validityMs);
    return authority;
  }

  get mode(): CertificateSigningMode {
    return this.#mode;
  }

  /** Answers served by `GET /v3/certificates` so far. */
  get downloads(): number {
    return this.#downloads;
  }

  /** Switches what signs answers and notifications (a migration to or from public-key mode). */
  signWith(mode: CertificateSigningMode): void {
    this.#mode = mode;
  }

  /** Issues a new certificate; returns its serial. See {@link RotateCertificateOptions}. */
  async rotate(options: RotateCertificateOptions = {}): Promise<string> {
    const effectiveIn = options.effectiveInMs ?? 0;
    const useAfter = Math.max(options.useAfterMs ?? DAY_MS, effectiveIn);
    return (await this.#issue(effectiveIn, useAfter, options.validityMs ?? this.#validityMs))
      .serialNo;
  }

  /** Serials listed now (effective or offered ahead, not expired), oldest first. */
  serials(): string[] {
    return this.#listed().map((c) => c.serialNo);
  }

  /** The certificate signing now: the newest one whose signing time has come and that has not expired. */
  signingCertificate(): { readonly serialNo: string; readonly pem: string } {
    return this.#signing();
  }

  /** The key that signs now and the serial it is named by (Wechatpay-Serial). */
  signingKey(): { readonly serial: string; readonly privateKey: KeyObject } {
    if (this.#mode === "public-key")
      return { serial: this.#publicKeyId, privateKey: this.#publicKeyPrivateKey };
    const current = this.#signing();
    return { serial: current.serialNo, privateKey: current.privateKey };
  }

  /**
   * A request's Wechatpay-Serial is acceptable when absent (only requests with encrypted fields
   * need it, and the favor APIs have none), the public key ID, or a listed certificate.
   */
  acceptsRequestSerial(serial: string | undefined): boolean {
    if (serial === undefined || serial === this.#publicKeyId) return true;
    return this.#listed().some((c) => c.serialNo === serial);
  }

  /** Every listed certificate in plain text (tests, the CLI's comparison). */
  listings(): CertificateListing[] {
    return this.#listed().map((c) => ({
      serial_no: c.serialNo,
      effective_time: formatChinaTime(c.notBefore),
      expire_time: formatChinaTime(c.notAfter),
      certificate: c.pem,
    }));
  }

  /** The body of `GET /v3/certificates`, each certificate AEAD_AES_256_GCM-encrypted with the APIv3 key. */
  answerBody(): { data: unknown[] } {
    this.#downloads++;
    const listed = this.#listed();
    return {
      data: listed.map((c, index) => {
        const nonce = randomAlnum(12);
        const serial =
          this.answerFault === "serial-mismatch" && index === 0
            ? flipLastHexDigit(c.serialNo)
            : c.serialNo;
        // Key order as WeChat's documented example.
        return {
          effective_time: formatChinaTime(c.notBefore),
          encrypt_certificate: {
            algorithm: NOTIFICATION_ALGORITHM,
            associated_data: "certificate",
            ciphertext: encryptResource(this.#apiV3Key, c.pem, nonce, "certificate"),
            nonce,
          },
          expire_time: formatChinaTime(c.notAfter),
          serial_no: serial,
        };
      }),
    };
  }

  #listed(): IssuedCertificate[] {
    const now = this.#clock.now();
    return this.#issued.filter((c) => c.notAfter > now);
  }

  #signing(): IssuedCertificate {
    const now = this.#clock.now();
    let best: IssuedCertificate | undefined;
    for (const c of this.#issued)
      if (c.signFrom <= now && c.notBefore <= now && now < c.notAfter)
        if (best === undefined || c.signFrom >= best.signFrom) best = c;
    // Nothing valid (the clock ran past every certificate): keep signing with the newest, as a
    // server that missed its rotation would; clients must refuse it.
    return best ?? (this.#issued[this.#issued.length - 1] as IssuedCertificate);
  }

  async #issue(
    effectiveInMs: number,
    useAfterMs: number,
    validityMs: number,
  ): Promise<IssuedCertificate> {
    const { publicKey, privateKey } = await generateKeyPairAsync("rsa", { modulusLength: 2048 });
    // Whole seconds: X.509 and the RFC 3339 listing both drop fractions.
    const now = Math.floor(this.#clock.now() / 1000) * 1000;
    const notBefore = now + effectiveInMs;
    const notAfter = notBefore + validityMs;
    const serialNo = randomSerial();
    const pem = createCertificatePem({
      publicKey,
      issuerKey: privateKey,
      commonName: "Tenpay.com sandbox platform certificate",
      serialHex: serialNo,
      notBefore: new Date(notBefore),
      notAfter: new Date(notAfter),
    });
    const issued = { serialNo, pem, privateKey, notBefore, notAfter, signFrom: now + useAfterMs };
    this.#issued.push(issued);
    return issued;
  }
}

/** 40 upper-case hex characters without a leading zero, like WeChat's certificate serials. */
function randomSerial(): string {
  const bytes = randomBytes(20);
  bytes[0] = 0x10 + ((bytes[0] ?? 0) % 0x70);
  return bytes.toString("hex").toUpperCase();
}

function flipLastHexDigit(serial: string): string {
  const last = serial.slice(-1);
  return serial.slice(0, -1) + (last === "0" ? "1" : "0");
}
