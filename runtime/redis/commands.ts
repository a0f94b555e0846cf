/**
 * The one Redis command the stores use: EVAL. Every read-modify-write is a Lua script, which
 * Redis runs atomically, so no two instances ever see a half-done claim, lock or count. An
 * ioredis `Redis` or `Cluster` satisfies this type; so does any client wrapped in one method.
 */
import { WechatPayError, errorJson } from "../errors.js";

export interface RedisEval {
  eval(script: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
}

/** A Redis command failed (connection lost, script error, …): what was being done, and why. */
export class RedisStoreError extends WechatPayError {
  override readonly name = "RedisStoreError";
  /** What the store was doing, e.g. `claim notification id`. */
  readonly operation: string;

  constructor(operation: string, cause: unknown) {
    super(
      `redis: cannot ${operation} (${cause instanceof Error ? cause.message : String(cause)})`,
      {
        cause,
      },
    );
    this.operation = operation;
  }

  override toJSON(): Record<string, unknown> {
    return errorJson(this, "operation");
  }
}

/** Runs `script` with `keys` and `args`; a failure becomes a RedisStoreError naming `operation`. */
export async function runScript(
  redis: RedisEval,
  operation: string,
  script: string,
  keys: readonly string[],
  args: readonly (string | number)[],
): Promise<unknown> {
  try {
    return await redis.eval(script, keys.length, ...keys, ...args);
  } catch (error) {
    throw new RedisStoreError(operation, error);
  }
}

/** The key prefix option: non-empty, printable, no spaces (keys are also read by people). */
export function checkPrefix(prefix: string | undefined, owner: string): string {
  const value = prefix ?? "wechatpay-favor:";
  if (typeof value !== "string" || !/^[\x21-\x7e]{1,100}$/.test(value))
    throw new TypeError(`${owner} prefix must be 1–100 printable ASCII characters without spaces`);
  return value;
}

/** A positive whole-number option (ms, bytes: `unit`), or its default. */
export function positiveInteger(
  value: number | undefined,
  fallback: number,
  name: string,
  unit = "ms",
): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value > 0))
    throw new RangeError(`${name} must be a positive whole number of ${unit}`);
  return value;
}

/** A client with `eval`, or a TypeError saying what was passed. */
export function checkRedis(redis: unknown, owner: string): RedisEval {
  if (
    typeof redis !== "object" ||
    redis === null ||
    typeof (redis as RedisEval).eval !== "function"
  )
    throw new TypeError(`${owner} needs a Redis client with eval() (an ioredis Redis or Cluster)`);
  return redis as RedisEval;
}
