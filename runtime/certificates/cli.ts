/**
 * `wechatpay-favor certificates`: downloads, verifies and writes the merchant's platform
 * certificates, for people who manage them outside the process (or as the one refresher of a
 * shared file store, e.g. from cron). Exit codes: 0 written; 1 the input is wrong (a key or
 * setting WeChat or the checks refused, a download that failed verification); 2 usage error, an
 * unreadable file or variable, or a network/server failure. One line per error, no stack traces,
 * never a key.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { WechatPayClient } from "../client.js";
import { ApiError, ConfigurationError, WechatPayError } from "../errors.js";
import { PlatformCertificateError } from "./errors.js";
import { FileCertificateStore } from "./file-store.js";

export const CERTIFICATES_USAGE = `Usage: wechatpay-favor certificates --mchid <mchid> --serial-no <serial> --private-key <file> --api-v3-key-env <VAR> --out <dir>

Downloads the platform certificates of a merchant (GET /v3/certificates), decrypts them with the
APIv3 key, verifies the answer's signature, and writes into <dir>:
  wechatpay_<serial>.pem   one file per certificate
  certificates.json        the same, readable by FileCertificateStore (a shared store)

  --mchid <digits>          merchant number
  --serial-no <hex>         serial of the merchant API certificate
  --private-key <file>      merchant API private key (apiclient_key.pem)
  --api-v3-key-env <VAR>    name of the environment variable holding the APIv3 key
  --out <dir>               output folder (created if missing)
  --base-url <url>          API origin (default https://api.mch.weixin.qq.com)
  --timeout <ms>            per-attempt timeout (default 30000)
  -h, --help                this text`;

export interface CliIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** Runs the command; resolves to the exit code. Never throws. */
export async function runCertificatesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const inputs = await readInputs(args, io);
  if (typeof inputs === "number") return inputs;
  return downloadAndWrite(inputs, io);
}

/** What the command needs, read from its arguments, the key file and the environment. */
interface Inputs {
  readonly mchid: string;
  readonly serialNo: string;
  readonly privateKey: string;
  readonly apiV3Key: string;
  readonly baseUrl: string | undefined;
  readonly timeout: number | undefined;
  /** Absolute output folder. */
  readonly out: string;
}

type OptionValues = Record<string, string | boolean | undefined>;

/** Reads the arguments, the key file and the APIv3 key variable; an exit code when it stops here. */
async function readInputs(args: readonly string[], io: CliIo): Promise<Inputs | number> {
  let values: OptionValues;
  try {
    values = parseOptions(args);
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help === true) {
    io.stdout(CERTIFICATES_USAGE);
    return 0;
  }
  const missing = ["mchid", "serial-no", "private-key", "api-v3-key-env", "out"].filter(
    (name) => typeof values[name] !== "string" || values[name] === "",
  );
  if (missing.length > 0) return usage(io, `missing ${missing.map((m) => `--${m}`).join(", ")}`);
  const option = (name: string): string => values[name] as string;

  const keyFile = resolve(option("private-key"));
  let privateKey: string;
  try {
    privateKey = await readFile(keyFile, "utf8");
  } catch (error) {
    io.stderr(
      `error: cannot read --private-key ${keyFile} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
    return 2;
  }
  const variable = option("api-v3-key-env");
  const apiV3Key = io.env[variable];
  if (apiV3Key === undefined || apiV3Key === "") {
    io.stderr(`error: the environment variable ${variable} (--api-v3-key-env) is not set`);
    return 2;
  }
  const timeoutText = values.timeout;
  const timeout = typeof timeoutText === "string" ? Number(timeoutText) : undefined;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0))
    return usage(io, "--timeout must be a positive whole number of ms");
  const baseUrl = values["base-url"];
  return {
    mchid: option("mchid"),
    serialNo: option("serial-no"),
    privateKey,
    apiV3Key,
    baseUrl: typeof baseUrl === "string" ? baseUrl : undefined,
    timeout,
    out: resolve(option("out")),
  };
}

/** Throws on an unknown option or a missing value (node:util's message names it). */
function parseOptions(args: readonly string[]): OptionValues {
  return parseArgs({
    args: [...args],
    options: {
      mchid: { type: "string" },
      "serial-no": { type: "string" },
      "private-key": { type: "string" },
      "api-v3-key-env": { type: "string" },
      out: { type: "string" },
      "base-url": { type: "string" },
      timeout: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** Downloads through a client whose store is the output's certificates.json, then writes the PEMs. */
async function downloadAndWrite(inputs: Inputs, io: CliIo): Promise<number> {
  const { out } = inputs;
  const storeFile = join(out, "certificates.json");
  let client: WechatPayClient | undefined;
  const storeErrors: unknown[] = [];
  try {
    client = new WechatPayClient({
      mchid: inputs.mchid,
      serialNo: inputs.serialNo,
      privateKey: inputs.privateKey,
      apiV3Key: inputs.apiV3Key,
      ...(inputs.baseUrl === undefined ? {} : { baseUrl: inputs.baseUrl }),
      ...(inputs.timeout === undefined ? {} : { timeout: inputs.timeout }),
      certificates: {
        store: new FileCertificateStore(storeFile),
        onError: (error) => storeErrors.push(error),
      },
    });
    const provider = client.certificates;
    if (provider === undefined) throw new Error("no certificate provider");
    await provider.refresh();
    // The provider keeps going when its store fails; this command exists to write it.
    if (storeErrors.length > 0) throw storeErrors[0];
    await mkdir(out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new OutputError(`cannot create --out ${out} (${error.code ?? "error"})`);
    });
    for (const certificate of provider.certificates()) {
      const file = join(out, `wechatpay_${certificate.serialNo}.pem`);
      await writeAtomically(file, certificate.pem);
      io.stdout(
        `${certificate.serialNo}  effective ${new Date(certificate.effectiveTime).toISOString()}  expires ${new Date(certificate.expireTime).toISOString()}  ${file}`,
      );
    }
    io.stdout(`store: ${storeFile}`);
    return 0;
  } catch (error) {
    io.stderr(`error: ${describe(error)}`);
    return exitCodeOf(error);
  } finally {
    await client?.close();
  }
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`error: ${problem}`);
  io.stderr(CERTIFICATES_USAGE);
  return 2;
}

/** 1 when the input is wrong (settings, keys, a refused download); 2 for everything else. */
function exitCodeOf(error: unknown): number {
  if (error instanceof ConfigurationError) return 1;
  if (error instanceof PlatformCertificateError) return error.reason === "store_failed" ? 2 : 1;
  if (error instanceof ApiError) return error.status >= 400 && error.status < 500 ? 1 : 2;
  return 2;
}

function describe(error: unknown): string {
  if (error instanceof WechatPayError || error instanceof OutputError)
    return error.message.split("\n")[0] ?? error.name;
  return `internal error (${error instanceof Error ? error.name : typeof error})`;
}

/** Thrown when --out cannot be written: an input that cannot be used (exit 2), said plainly. */
class OutputError extends Error {}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text, { mode: 0o644 });
    await rename(temp, file);
  } catch (error) {
    throw new OutputError(
      `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}
