import path from "node:path";

/** Where a spec node was written: a spec file and a 1-based line and column. */
export interface SourceLocation {
  /** Absolute path of the spec file. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/**
 * One problem in the spec, pinned to the place a person has to edit. `message` says what is
 * wrong, `fix` says what to do about it; both are written for the spec author, not for us.
 */
export class SpecError extends Error {
  override readonly name = "SpecError";
  constructor(
    readonly location: SourceLocation | undefined,
    message: string,
    readonly fix?: string,
  ) {
    super(message);
  }

  /** `spec/paths/stocks.yaml:12:7: message` with the path relative to `cwd`, plus the fix. */
  format(cwd: string = process.cwd()): string {
    const where = this.location
      ? `${path.relative(cwd, this.location.file) || this.location.file}:${this.location.line}:${this.location.col}`
      : "(spec)";
    return `${where}: ${this.message}${this.fix ? `\n    fix: ${this.fix}` : ""}`;
  }
}

/** A spec file that cannot be read at all (missing, a folder, no permission). */
export class UnreadableSpecFile extends SpecError {}

/**
 * Thrown when a stage found one or more spec errors. Stages collect every error they can
 * before throwing so the author can fix them all in one pass.
 */
export class SpecErrors extends Error {
  override readonly name = "SpecErrors";
  constructor(readonly errors: readonly SpecError[]) {
    super(`${errors.length} spec error${errors.length === 1 ? "" : "s"}`);
  }

  format(cwd: string = process.cwd()): string {
    return this.errors.map((e) => e.format(cwd)).join("\n");
  }
}

/** Sort errors by file, line, column so output does not depend on traversal order. */
export function sortErrors(errors: readonly SpecError[]): SpecError[] {
  return [...errors].sort((a, b) => {
    const la = a.location;
    const lb = b.location;
    if (!la || !lb) return la ? 1 : lb ? -1 : a.message.localeCompare(b.message);
    return la.file < lb.file ? -1 : la.file > lb.file ? 1 : la.line - lb.line || la.col - lb.col;
  });
}

/** The pipeline stages, in order; named in internal-error reports. */
export type Stage = "load" | "check" | "model" | "emit" | "format" | "write";

/**
 * Not a spec problem: the generator itself failed (a bug, or it emitted code that does not parse).
 * Carries the stage so the one-line report says where; the original error stays in `cause` for
 * `--debug`.
 */
export class InternalError extends Error {
  override readonly name = "InternalError";
  constructor(
    readonly stage: Stage,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** First line of any thrown value's message (library messages often carry code frames below it). */
export function firstLineOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}
