/**
 * The sandbox's identities: the merchant key pair (the client signs with the private half,
 * the sandbox verifies with the public half) and the "WeChat Pay" platform key pair (the
 * sandbox signs responses and notifications, the client verifies with the public half).
 * Generated fresh at start, or loaded from a folder so a restarted sandbox keeps working
 * with clients configured earlier.
 */
import { generateKeyPair, createPublicKey } from "node:crypto";
import { mkdir, readFile, writeFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { randomAlnum, randomCertificateSerial, randomPublicKeyId } from "./ids.js";

const generateKeyPairAsync = promisify(generateKeyPair);

export interface SandboxCredentials {
  mchid: string;
  /** Serial of the (simulated) merchant API certificate: 40 upper-case hex characters. */
  merchantSerialNo: string;
  merchantPrivateKeyPem: string;
  merchantPublicKeyPem: string;
  /** PUB_KEY_ID_ + 32 digits, sent back in every response's Wechatpay-Serial. */
  publicKeyId: string;
  platformPrivateKeyPem: string;
  platformPublicKeyPem: string;
  /** 32-character APIv3 key used for AES-256-GCM notification encryption. */
  apiV3Key: string;
  /** The appid bound to the merchant (sending coupons requires a bound appid). */
  appid: string;
}

/** What a client needs: directly usable as `new WechatPayClient(clientConfig)`. */
export interface SandboxClientConfig {
  mchid: string;
  serialNo: string;
  privateKey: string;
  wechatpayPublicKeyId: string;
  wechatpayPublicKey: string;
  apiV3Key: string;
  baseUrl: string;
  /**
   * Set for a sandbox in platform-certificate mode: the client downloads the certificates too (and
   * picks the key by each answer's serial). Drop it with the two public-key fields for a client
   * configured like a legacy-mode merchant (merchant key and APIv3 key only).
   */
  certificates?: true;
}

export const CREDENTIALS_FILE = "sandbox-credentials.json";

export interface CredentialOverrides {
  mchid?: string;
  appid?: string;
}

async function rsaPair(): Promise<{ privateKey: string; publicKey: string }> {
  const { privateKey, publicKey } = await generateKeyPairAsync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  return { privateKey, publicKey };
}

export async function generateCredentials(
  overrides: CredentialOverrides = {},
): Promise<SandboxCredentials> {
  const [merchant, platform] = await Promise.all([rsaPair(), rsaPair()]);
  return {
    mchid: overrides.mchid ?? "1900000109",
    merchantSerialNo: randomCertificateSerial(),
    merchantPrivateKeyPem: merchant.privateKey,
    merchantPublicKeyPem: merchant.publicKey,
    publicKeyId: randomPublicKeyId(),
    platformPrivateKeyPem: platform.privateKey,
    platformPublicKeyPem: platform.publicKey,
    apiV3Key: randomAlnum(32),
    appid: overrides.appid ?? "wxd678efh567hg6787",
  };
}

const REQUIRED_KEYS: readonly (keyof SandboxCredentials)[] = [
  "mchid",
  "merchantSerialNo",
  "merchantPrivateKeyPem",
  "merchantPublicKeyPem",
  "publicKeyId",
  "platformPrivateKeyPem",
  "platformPublicKeyPem",
  "apiV3Key",
  "appid",
];

function checkLoaded(value: unknown, file: string): SandboxCredentials {
  if (typeof value !== "object" || value === null)
    throw new Error(`${file}: expected a JSON object`);
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED_KEYS) {
    if (typeof record[key] !== "string" || record[key] === "") {
      throw new Error(`${file}: missing or empty string field "${key}"`);
    }
  }
  const creds = record as unknown as SandboxCredentials;
  if (creds.apiV3Key.length !== 32) throw new Error(`${file}: "apiV3Key" must be 32 characters`);
  // Fail early (with the file name) instead of on the first request if a PEM is damaged.
  createPublicKey(creds.merchantPublicKeyPem);
  createPublicKey(creds.platformPublicKeyPem);
  return creds;
}

/**
 * Loads `<dir>/sandbox-credentials.json` when it exists, otherwise generates credentials and
 * (when a folder is given) saves them there, so the next start reuses them.
 */
export async function loadOrCreateCredentials(
  dir: string | undefined,
  overrides: CredentialOverrides = {},
): Promise<SandboxCredentials> {
  if (dir !== undefined) {
    const file = join(dir, CREDENTIALS_FILE);
    let text: string | undefined;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    if (text !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error(`${file}: not valid JSON`);
      }
      return checkLoaded(parsed, file);
    }
  }
  const creds = await generateCredentials(overrides);
  if (dir !== undefined)
    await writePrivateFile(dir, CREDENTIALS_FILE, `${JSON.stringify(creds, null, 2)}\n`);
  return creds;
}

export function clientConfigFor(
  creds: SandboxCredentials,
  baseUrl: string,
  withCertificates = false,
): SandboxClientConfig {
  return {
    mchid: creds.mchid,
    serialNo: creds.merchantSerialNo,
    privateKey: creds.merchantPrivateKeyPem,
    wechatpayPublicKeyId: creds.publicKeyId,
    wechatpayPublicKey: creds.platformPublicKeyPem,
    apiV3Key: creds.apiV3Key,
    baseUrl,
    ...(withCertificates ? { certificates: true as const } : {}),
  };
}

/** Writes a file readable only by the owner, atomically (temp file + rename). */
export async function writePrivateFile(
  dir: string,
  name: string,
  content: string,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, name);
  const temp = `${target}.${process.pid}.${randomAlnum(6)}.tmp`;
  await writeFile(temp, content, { mode: 0o600 });
  await rename(temp, target);
  return target;
}

export interface WrittenClientFiles {
  configJson: string;
  privateKeyPem: string;
  publicKeyPem: string;
}

/**
 * Writes what a client needs into `dir`: `client-config.json` (the whole client config, PEMs
 * inline, plus the `appid` bound to the merchant, which sendCoupon needs; WechatPayClient ignores
 * it), `apiclient_key.pem` (merchant private key) and `pub_key.pem` (WeChat Pay public key),
 * named like the files WeChat Pay hands out.
 */
export async function writeClientFiles(
  dir: string,
  config: SandboxClientConfig,
  appid: string,
): Promise<WrittenClientFiles> {
  const { mchid, ...rest } = config;
  const withAppid = { mchid, appid, ...rest };
  return {
    configJson: await writePrivateFile(
      dir,
      "client-config.json",
      `${JSON.stringify(withAppid, null, 2)}\n`,
    ),
    privateKeyPem: await writePrivateFile(dir, "apiclient_key.pem", config.privateKey),
    publicKeyPem: await writePrivateFile(dir, "pub_key.pem", config.wechatpayPublicKey),
  };
}
