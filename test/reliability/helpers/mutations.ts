/**
 * Single mutations of a validly signed WeChat Pay response (headers + raw body), each with the
 * verification failure reasons that are acceptable for it. Pure data in, data out: the suites apply
 * them to the verifier directly and over the wire.
 */
import type { KeyObject } from "node:crypto";
import {
  buildResponseVerifyMessage,
  SIGNATURE_PROBE_PREFIX,
  signMessage,
} from "../../../runtime/signing.js";
import type { SignatureFailureReason } from "../../../runtime/index.js";

export interface SignedMessage {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export interface Mutation {
  readonly kind: string;
  readonly message: SignedMessage;
  readonly reasons: readonly SignatureFailureReason[];
}

/** Random choices a mutation needs, drawn by fast-check so every run is reproducible. */
export interface MutationDraw {
  /** 0..1, picks a byte/char position. */
  readonly position: number;
  /** 1..255, the XOR applied to a byte. */
  readonly xor: number;
  /** k ≥ 1 in "timestamp ± (300 + k)". */
  readonly k: number;
  /** 1..299, an in-window shift of the timestamp. */
  readonly smallShift: number;
  readonly nonce: string;
  readonly serial: string;
  readonly badTimestamp: string;
}

const HEADER_NAMES = [
  "wechatpay-timestamp",
  "wechatpay-nonce",
  "wechatpay-signature",
  "wechatpay-serial",
] as const;

const pick = (length: number, position: number): number =>
  Math.min(length - 1, Math.floor(position * length));

function withHeader(
  message: SignedMessage,
  name: string,
  value: string | undefined,
): SignedMessage {
  const headers: Record<string, string> = { ...message.headers };
  if (value === undefined) delete headers[name];
  else headers[name] = value;
  return { headers, body: message.body };
}

function resign(key: KeyObject, message: SignedMessage, timestamp: string): SignedMessage {
  const nonce = message.headers["wechatpay-nonce"] ?? "";
  const signature = signMessage(key, buildResponseVerifyMessage(timestamp, nonce, message.body));
  return {
    headers: {
      ...message.headers,
      "wechatpay-timestamp": timestamp,
      "wechatpay-signature": signature,
    },
    body: message.body,
  };
}

/** Standard base64 → base64url without padding (what a careless re-encoder produces). */
function toBase64Url(signature: string): string {
  return signature.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Every mutation of `valid` (verified at `nowSeconds`). `otherKey` forges; `platformKey` re-signs
 * a replayed (out-of-window) message so that only the clock can reject it.
 */
export function responseMutations(
  valid: SignedMessage,
  nowSeconds: number,
  draw: MutationDraw,
  keys: { platform: KeyObject; other: KeyObject },
): Mutation[] {
  const out: Mutation[] = [];
  const signature = valid.headers["wechatpay-signature"] ?? "";
  const timestamp = Number(valid.headers["wechatpay-timestamp"]);

  // Body: one byte changed, one byte added, one byte removed.
  if (valid.body.length > 0) {
    const changed = Buffer.from(valid.body);
    const at = pick(changed.length, draw.position);
    changed[at] = (changed[at] ?? 0) ^ draw.xor;
    out.push({
      kind: "body byte changed",
      message: { headers: valid.headers, body: changed },
      reasons: ["signature_mismatch"],
    });
    out.push({
      kind: "body byte removed",
      message: { headers: valid.headers, body: valid.body.subarray(0, valid.body.length - 1) },
      reasons: ["signature_mismatch"],
    });
  }
  out.push({
    kind: "body byte added",
    message: { headers: valid.headers, body: Buffer.concat([valid.body, Buffer.from([draw.xor])]) },
    reasons: ["signature_mismatch"],
  });

  // Headers dropped or emptied.
  for (const name of HEADER_NAMES) {
    out.push({
      kind: `${name} dropped`,
      message: withHeader(valid, name, undefined),
      reasons: ["missing_header"],
    });
    out.push({
      kind: `${name} empty`,
      message: withHeader(valid, name, ""),
      reasons: ["missing_header"],
    });
  }

  // Timestamp: out of the ±300 s window (kept signature, and re-signed = a replayed old response).
  for (const direction of [1, -1]) {
    const shifted = String(nowSeconds + direction * (300 + draw.k));
    out.push({
      kind: `timestamp ${direction > 0 ? "+" : "-"}(300+k)`,
      message: withHeader(valid, "wechatpay-timestamp", shifted),
      reasons: ["timestamp_out_of_window"],
    });
    out.push({
      kind: `timestamp ${direction > 0 ? "+" : "-"}(300+k) re-signed`,
      message: resign(keys.platform, valid, shifted),
      reasons: ["timestamp_out_of_window"],
    });
  }
  // Timestamp changed inside the window: only the signature can notice.
  const inWindow =
    timestamp + draw.smallShift <= nowSeconds + 300
      ? timestamp + draw.smallShift
      : timestamp - draw.smallShift;
  out.push({
    kind: "timestamp changed in window",
    message: withHeader(valid, "wechatpay-timestamp", String(inWindow)),
    reasons: ["signature_mismatch"],
  });
  out.push({
    kind: "timestamp not Unix seconds",
    message: withHeader(valid, "wechatpay-timestamp", draw.badTimestamp),
    reasons: ["invalid_timestamp"],
  });

  // Nonce and serial changed.
  out.push({
    kind: "nonce changed",
    message: withHeader(valid, "wechatpay-nonce", draw.nonce),
    reasons: ["signature_mismatch"],
  });
  out.push({
    kind: "serial changed",
    message: withHeader(valid, "wechatpay-serial", draw.serial),
    reasons: ["unknown_serial"],
  });

  // Signature: truncated, re-encoded, wrapped, one character changed, probe prefix, another key.
  const cut = 1 + pick(signature.length - 1, draw.position);
  out.push({
    kind: "signature truncated",
    message: withHeader(valid, "wechatpay-signature", signature.slice(0, signature.length - cut)),
    reasons: ["malformed_signature"],
  });
  out.push({
    kind: "signature base64url",
    message: withHeader(valid, "wechatpay-signature", toBase64Url(signature)),
    reasons: ["malformed_signature"],
  });
  out.push({
    kind: "signature with spaces",
    message: withHeader(valid, "wechatpay-signature", signature.replace(/(.{64})/g, "$1 ").trim()),
    reasons: ["malformed_signature"],
  });
  out.push({
    kind: "signature padding dropped",
    message: withHeader(valid, "wechatpay-signature", signature.replace(/=+$/, "")),
    reasons: ["malformed_signature"],
  });
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const charAt = pick(signature.length - 3, draw.position); // before the last data char and padding
  const original = signature[charAt] ?? "A";
  const replacement = alphabet[(alphabet.indexOf(original) + draw.xor) % 64] ?? "A";
  if (replacement !== original) {
    const changed = signature.slice(0, charAt) + replacement + signature.slice(charAt + 1);
    out.push({
      kind: "signature char changed",
      message: withHeader(valid, "wechatpay-signature", changed),
      reasons: ["signature_mismatch"],
    });
  }
  out.push({
    kind: "signature probe prefix",
    message: withHeader(valid, "wechatpay-signature", `${SIGNATURE_PROBE_PREFIX}${signature}`),
    reasons: ["signature_probe"],
  });
  const nonce = valid.headers["wechatpay-nonce"] ?? "";
  const forged = signMessage(
    keys.other,
    buildResponseVerifyMessage(String(timestamp), nonce, valid.body),
  );
  out.push({
    kind: "signed by another key",
    message: withHeader(valid, "wechatpay-signature", forged),
    reasons: ["signature_mismatch"],
  });
  return out;
}
