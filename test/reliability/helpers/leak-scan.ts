/**
 * Searches text for the canary secrets: the private keys (PEM body, every PEM line, 24-character
 * slices of the base64 body and of the JWK private fields), the APIv3 key, and anything shaped like
 * a full RSA-2048 signature (344 base64 characters) — a signature is a replayable credential.
 */
import { inspect } from "node:util";
import type { KeyObject } from "node:crypto";
import { CANARY_API_V3_KEY, canaryKeys } from "./canary.js";

export interface LeakHit {
  readonly where: string;
  readonly secret: string;
}

const CHUNK = 24;

function base64Chunks(base64: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i + CHUNK <= base64.length; i += CHUNK) chunks.push(base64.slice(i, i + CHUNK));
  return chunks;
}

function privateKeyNeedles(label: string, pem: string, key: KeyObject): [string, string][] {
  const lines = pem.split("\n").filter((l) => l !== "" && !l.startsWith("-----"));
  const body = lines.join("");
  const needles: [string, string][] = lines.map((l) => [l, `${label} PEM line`]);
  for (const chunk of base64Chunks(body)) needles.push([chunk, `${label} PEM body chunk`]);
  const jwk = key.export({ format: "jwk" });
  for (const field of ["d", "p", "q", "dp", "dq", "qi"] as const) {
    const value = jwk[field];
    if (typeof value === "string")
      for (const chunk of base64Chunks(value)) needles.push([chunk, `${label} JWK ${field} chunk`]);
  }
  return needles;
}

let needles: [string, string][] | undefined;

function allNeedles(): [string, string][] {
  if (needles !== undefined) return needles;
  const keys = canaryKeys();
  needles = [
    [CANARY_API_V3_KEY, "APIv3 key"],
    [Buffer.from(CANARY_API_V3_KEY).toString("base64"), "APIv3 key (base64)"],
    [Buffer.from(CANARY_API_V3_KEY).toString("hex"), "APIv3 key (hex)"],
    ...privateKeyNeedles("merchant private key", keys.merchantPrivatePem, keys.merchantPrivate),
    ...privateKeyNeedles("platform private key", keys.platformPrivatePem, keys.platformPrivate),
  ];
  return needles;
}

/** 256 signature bytes are 344 base64 characters (342 + "=="); url-safe variants included. */
const FULL_SIGNATURE = /[A-Za-z0-9+/_-]{342,}={0,2}/;

/** Every canary secret found in `text`. */
export function findSecrets(text: string, where: string): LeakHit[] {
  const hits: LeakHit[] = [];
  for (const [needle, secret] of allNeedles())
    if (text.includes(needle)) hits.push({ where, secret });
  if (FULL_SIGNATURE.test(text)) hits.push({ where, secret: "a full RSA-2048 signature" });
  return hits;
}

/**
 * Everything a caller could print about an error: message, String(), toJSON(), JSON.stringify and
 * util.inspect (what console.error shows, including `cause` chains and own properties).
 */
export function errorSurfaces(error: unknown): string[] {
  const surfaces: string[] = [inspect(error, { depth: 6 })];
  if (error instanceof Error) {
    surfaces.push(error.message, String(error));
    const withJson = error as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === "function") surfaces.push(JSON.stringify(withJson.toJSON()));
    surfaces.push(JSON.stringify(error));
  } else {
    surfaces.push(String(error));
  }
  return surfaces;
}

/** Collects error and log surfaces during a suite and scans them at the end. */
export class LeakCollector {
  #texts: { where: string; text: string }[] = [];
  #scanned = 0;

  addError(where: string, error: unknown): void {
    for (const text of errorSurfaces(error)) this.#texts.push({ where, text });
  }

  addText(where: string, text: string): void {
    this.#texts.push({ where, text });
  }

  /** Scans everything collected since the last call; returns the hits. */
  scan(): LeakHit[] {
    const hits = this.#texts.flatMap(({ where, text }) => findSecrets(text, where));
    this.#scanned += this.#texts.length;
    this.#texts = [];
    return hits;
  }

  get scanned(): number {
    return this.#scanned;
  }
}
