/**
 * Fault injection for clients' resilience tests. A fault comes from the `X-Sandbox-Fault`
 * request header (this request only) or from the sandbox-wide fault mode (every matching
 * request, optionally with a probability drawn from a seeded RNG so runs are reproducible).
 */
import { createHash } from "node:crypto";
import { seededRandom } from "../shared/random.js";

export const FAULT_HEADER = "x-sandbox-fault";

/** Faults applied before the request is processed (nothing changes state). */
export type PreFault =
  | { kind: "500"; once: boolean }
  | { kind: "429"; once: boolean; retryAfterSeconds: number }
  | { kind: "drop"; once: boolean };

/** Faults applied to the response of a processed request. */
export type PostFault =
  | { kind: "slow"; ms: number }
  | { kind: "drop-after" }
  | { kind: "tamper-body" }
  | { kind: "stale-timestamp" }
  | { kind: "signtest" }
  | { kind: "wrong-serial" }
  | { kind: "unsigned" }
  /** Flips one byte of a bill-file download (after its SHA-1 was published): the hash check must refuse it. */
  | { kind: "corrupt-file" };

/** The pseudo operationId fault modes see for a bill-file download (GET /v3/billdownload/file). */
export const BILL_DOWNLOAD_OPERATION = "billDownload";

export type Fault = PreFault | PostFault;

export const FAULT_MODES = [
  "500",
  "500-once",
  "429",
  "429-once",
  "429:<retry-after seconds>",
  "drop",
  "drop-once",
  "drop-after",
  "slow:<ms>",
  "tamper-body",
  "stale-timestamp",
  "signtest",
  "wrong-serial",
  "unsigned",
  "corrupt-file",
] as const;

export class UnknownFaultError extends Error {
  constructor(readonly mode: string) {
    super(`unknown fault mode "${mode}"; known: ${FAULT_MODES.join(", ")}`);
  }
}

export function parseFault(text: string): Fault {
  const mode = text.trim().toLowerCase();
  const slow = /^slow:(\d{1,6})$/.exec(mode);
  if (slow) return { kind: "slow", ms: Number(slow[1]) };
  const tooMany = /^429(-once)?(?::(\d{1,4}))?$/.exec(mode);
  if (tooMany)
    return {
      kind: "429",
      once: tooMany[1] !== undefined,
      retryAfterSeconds: tooMany[2] === undefined ? 1 : Number(tooMany[2]),
    };
  switch (mode) {
    case "500":
      return { kind: "500", once: false };
    case "500-once":
      return { kind: "500", once: true };
    case "drop":
      return { kind: "drop", once: false };
    case "drop-once":
      return { kind: "drop", once: true };
    case "drop-after":
    case "tamper-body":
    case "stale-timestamp":
    case "signtest":
    case "wrong-serial":
    case "unsigned":
    case "corrupt-file":
      return { kind: mode };
    default:
      throw new UnknownFaultError(text);
  }
}

export function isPreFault(fault: Fault): fault is PreFault {
  return fault.kind === "500" || fault.kind === "429" || fault.kind === "drop";
}

export interface FaultModeSettings {
  /** A fault mode as accepted by X-Sandbox-Fault, e.g. "500-once" or "slow:200". */
  mode: string;
  /** Chance (0..1) that a matching request gets the fault. Default 1. */
  probability?: number;
  /** Seed of the RNG behind `probability` (reproducible runs). Default 1. */
  seed?: number;
  /** Only these operationIds are affected. Default: all. */
  operations?: readonly string[];
  /** Stop after affecting this many requests. Default: unlimited. */
  times?: number;
}

interface ActiveMode {
  fault: Fault;
  probability: number;
  random: () => number;
  operations?: ReadonlySet<string>;
  remaining: number;
  settings: FaultModeSettings;
}

export class FaultController {
  private mode: ActiveMode | undefined;
  /** Requests that already received their "-once" fault, keyed by request identity. */
  private readonly seenOnce = new Set<string>();

  setMode(settings: FaultModeSettings | undefined): void {
    if (settings === undefined) {
      this.mode = undefined;
      return;
    }
    const probability = settings.probability ?? 1;
    if (!(probability >= 0 && probability <= 1))
      throw new Error("fault probability must be between 0 and 1");
    this.mode = {
      fault: parseFault(settings.mode),
      probability,
      random: seededRandom(settings.seed ?? 1),
      remaining: settings.times ?? Number.POSITIVE_INFINITY,
      settings,
      ...(settings.operations ? { operations: new Set(settings.operations) } : {}),
    };
  }

  currentMode(): FaultModeSettings | undefined {
    return this.mode?.settings;
  }

  /**
   * The fault for one request: the header wins over the mode. Throws UnknownFaultError for a
   * header naming no known mode.
   */
  pick(headerValue: string | undefined, operationId: string | undefined): Fault | undefined {
    if (headerValue !== undefined && headerValue.trim() !== "") return parseFault(headerValue);
    const mode = this.mode;
    if (!mode || mode.remaining <= 0) return undefined;
    if (mode.operations && (operationId === undefined || !mode.operations.has(operationId)))
      return undefined;
    // Only a bill file can be corrupted: other requests neither get nor use up this mode.
    if (mode.fault.kind === "corrupt-file" && operationId !== BILL_DOWNLOAD_OPERATION)
      return undefined;
    if (mode.probability < 1 && mode.random() >= mode.probability) return undefined;
    mode.remaining -= 1;
    return mode.fault;
  }

  /**
   * For "-once" faults: true the first time a given request (method, target, body) is seen,
   * false for its retries, which therefore succeed.
   */
  firstTime(fault: PreFault, method: string, target: string, body: Buffer): boolean {
    const key = createHash("sha256")
      .update(`${fault.kind}\n${method}\n${target}\n`)
      .update(body)
      .digest("hex");
    if (this.seenOnce.has(key)) return false;
    if (this.seenOnce.size > 10_000) this.seenOnce.clear(); // bounded memory under load tests
    this.seenOnce.add(key);
    return true;
  }
}
