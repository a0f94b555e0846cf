/**
 * readCertificateAnswer against hand-built hostile answers: every way a certificates answer can be
 * wrong is refused whole, with a typed reason and the field path.
 */
import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  InternalServerError,
  PlatformCertificateError,
  readCertificateAnswer,
  type CertificateAnswer,
} from "../../runtime/index.js";
import { buildResponseVerifyString, encryptResource, signMessage } from "../../runtime/protocol.js";
import { createCertificatePem } from "../../sandbox/certificates/x509.js";
import { DAY } from "./helpers.js";

const API_V3_KEY = "0123456789ABCDEFghijklmnopqrstuv";
const NOW = Date.UTC(2026, 11, 2, 8, 0, 0);

interface Issued {
  readonly serial: string;
  readonly pem: string;
  readonly privateKey: KeyObject;
  readonly from: number;
  readonly to: number;
}

function issue(serial: string, from = NOW - DAY, to = NOW + 300 * DAY): Issued {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = createCertificatePem({
    publicKey,
    issuerKey: privateKey,
    commonName: "test platform certificate",
    serialHex: serial,
    notBefore: new Date(from),
    notAfter: new Date(to),
  });
  return { serial, pem, privateKey, from, to };
}

const current = issue("5157F09EFDC096DE15EBE81A47057A7232F1B8E1");
const upcoming = issue("6A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C4D5E6F7", NOW + 2 * DAY, NOW + 400 * DAY);

type Entry = Record<string, unknown>;

function entry(cert: Issued, change: (e: Entry) => void = () => undefined): Entry {
  const e: Entry = {
    effective_time: new Date(cert.from).toISOString(),
    encrypt_certificate: {
      algorithm: "AEAD_AES_256_GCM",
      associated_data: "certificate",
      ciphertext: encryptResource(API_V3_KEY, cert.pem, "abcdefghijkl", "certificate"),
      nonce: "abcdefghijkl",
    },
    expire_time: new Date(cert.to).toISOString(),
    serial_no: cert.serial,
  };
  change(e);
  return e;
}

function answer(
  body: unknown,
  signer: { serial: string; privateKey: KeyObject } = current,
  options: { status?: number; timestamp?: number } = {},
): CertificateAnswer {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(NOW / 1000);
  const nonce = "593BEC0C930BF1AFEB40B4A08C8FB242";
  return {
    status: options.status ?? 200,
    headers: {
      "wechatpay-timestamp": String(timestamp),
      "wechatpay-nonce": nonce,
      "wechatpay-serial": signer.serial,
      "wechatpay-signature": signMessage(
        signer.privateKey,
        buildResponseVerifyString(timestamp, nonce, text),
      ),
      "request-id": "TEST-REQUEST-ID",
    },
    body: Buffer.from(text, "utf8"),
  };
}

const context = { apiV3Key: Buffer.from(API_V3_KEY), nowMs: NOW };

function refusal(input: CertificateAnswer, ctx = context): PlatformCertificateError {
  try {
    readCertificateAnswer(input, ctx);
  } catch (error) {
    if (error instanceof PlatformCertificateError) return error;
    throw error;
  }
  throw new Error("expected a PlatformCertificateError");
}

describe("readCertificateAnswer", () => {
  it("returns the current and the upcoming certificate, serials as X509Certificate reads them", () => {
    const certs = readCertificateAnswer(
      answer({ data: [entry(current), entry(upcoming)] }),
      context,
    );
    expect(certs.map((c) => c.serialNo)).toEqual([current.serial, upcoming.serial]);
    expect(certs[1]?.effectiveTime).toBe(upcoming.from);
  });

  it("verifies with the certificate the answer names, even when it is listed second", () => {
    const certs = readCertificateAnswer(
      answer({ data: [entry(upcoming), entry(current)] }, current),
      context,
    );
    expect(certs).toHaveLength(2);
  });

  it("accepts an answer signed with a configured key (a public key during a migration)", () => {
    const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const id = "PUB_KEY_ID_0114232320222022060200000000000000";
    const certs = readCertificateAnswer(
      answer({ data: [entry(current)] }, { serial: id, privateKey }),
      { ...context, configuredKeys: new Map([[id, publicKey]]) },
    );
    expect(certs).toHaveLength(1);
  });

  it.each([
    ["a changed byte after signing", (text: string) => text.replace("2026", "2027")],
    ["an appended space", (text: string) => `${text} `],
  ])("refuses %s (signature_invalid)", (_name, change) => {
    const good = answer({ data: [entry(current)] });
    const text = Buffer.from(good.body).toString("utf8");
    const error = refusal({ ...good, body: Buffer.from(change(text), "utf8") });
    expect(error.reason).toBe("signature_invalid");
  });

  it("refuses an answer signed by an upcoming (not yet valid) certificate", () => {
    const error = refusal(answer({ data: [entry(current), entry(upcoming)] }, upcoming));
    expect(error.reason).toBe("signature_invalid");
    expect(error.message).toContain("not valid now");
  });

  it("refuses a stale timestamp (replay window)", () => {
    const error = refusal(
      answer({ data: [entry(current)] }, current, { timestamp: NOW / 1000 - 600 }),
    );
    expect(error.reason).toBe("signature_invalid");
    expect(error.message).toContain("timestamp_out_of_window");
  });

  it("refuses a signer the answer does not list", () => {
    const other = issue("7A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C4D5E6F7");
    expect(refusal(answer({ data: [entry(current)] }, other)).reason).toBe("signer_not_listed");
  });

  it("refuses a serial_no that is not the certificate's (serial_mismatch)", () => {
    const error = refusal(
      answer({ data: [entry(current), entry(upcoming, (e) => (e.serial_no = current.serial))] }),
    );
    expect(error.reason).toBe("serial_mismatch");
    expect(error.message).toContain("data[1]");
  });

  it("a wrong APIv3 key: decryption_failed, naming the key but never printing it", () => {
    const wrong = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";
    const error = refusal(answer({ data: [entry(current)] }), {
      ...context,
      apiV3Key: Buffer.from(wrong),
    });
    expect(error.reason).toBe("decryption_failed");
    expect(error.message).toContain("APIv3 key");
    expect(JSON.stringify(error) + error.message).not.toContain(wrong);
    expect(error.message).not.toContain(API_V3_KEY);
  });

  it.each([
    ["not JSON", "<html>", "the answer is not JSON"],
    ["no data", {}, "data is missing"],
    ["a non-object entry", { data: [1] }, "data[0] is not an object"],
    [
      "a missing serial_no",
      { data: [entry(current, (e) => delete e.serial_no)] },
      "data[0].serial_no",
    ],
    [
      "a time that is not RFC 3339",
      { data: [entry(current, (e) => (e.expire_time = "2030/01/01"))] },
      "data[0].expire_time is not an RFC 3339 time",
    ],
    [
      "another algorithm",
      {
        data: [
          entry(current, (e) => ((e.encrypt_certificate as Entry).algorithm = "AEAD_SM4_GCM")),
        ],
      },
      "data[0].encrypt_certificate",
    ],
    [
      "a missing encrypt_certificate",
      { data: [entry(current, (e) => delete e.encrypt_certificate)] },
      "data[0].encrypt_certificate is missing",
    ],
  ])("refuses %s (malformed_answer, with the path)", (_name, body, path) => {
    const error = refusal(answer(body));
    expect(error.reason).toBe("malformed_answer");
    expect(error.message).toContain(path);
  });

  it("refuses a ciphertext that decrypts to something other than a certificate", () => {
    const body = {
      data: [
        entry(current, (e) => {
          (e.encrypt_certificate as Entry).ciphertext = encryptResource(
            API_V3_KEY,
            "not a certificate",
            "abcdefghijkl",
            "certificate",
          );
        }),
      ],
    };
    expect(refusal(answer(body)).reason).toBe("invalid_certificate");
  });

  it("refuses an answer listing one serial twice (the key listed last used to win)", () => {
    // Same serial, another key: before the fix the answer verified with the first entry and the
    // second one's key was then trusted for that serial.
    const impostor = issue(current.serial);
    const error = refusal(answer({ data: [entry(current), entry(impostor)] }, current));
    expect(error.reason).toBe("duplicate_serial");
    expect(error.message).toMatch(/data\[1\] repeats serial .* of data\[0\]/);
    // Listed twice under different case / leading zeros is the same serial.
    const twice = refusal(
      answer({
        data: [
          entry(current),
          entry(current, (e) => (e["serial_no"] = `00${current.serial.toLowerCase()}`)),
        ],
      }),
    );
    expect(twice.reason).toBe("duplicate_serial");
  });

  it("drops expired certificates", () => {
    const expired = issue("1A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C4D5E6F7", NOW - 30 * DAY, NOW - DAY);
    const certs = readCertificateAnswer(
      answer({ data: [entry(expired), entry(current)] }),
      context,
    );
    expect(certs.map((c) => c.serialNo)).toEqual([current.serial]);
  });

  it("no certificates (404 or an empty list) says to configure the public key", () => {
    for (const input of [
      answer({ data: [] }),
      answer({ code: "NOT_FOUND" }, current, { status: 404 }),
    ]) {
      const error = refusal(input);
      expect(error.reason).toBe("no_platform_certificates");
      expect(error.message).toContain("wechatpayPublicKey");
    }
  });

  it("another non-2xx answer is the usual ApiError", () => {
    expect(() =>
      readCertificateAnswer(
        answer({ code: "SYSTEM_ERROR", message: "x" }, current, { status: 500 }),
        context,
      ),
    ).toThrow(InternalServerError);
  });
});
