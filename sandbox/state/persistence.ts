/**
 * Optional persistence of the sandbox state to one JSON file. Writes are atomic (temp file +
 * rename) so a crash never leaves a half-written file, and coalesced so a burst of requests
 * causes at most one write in flight plus one queued.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { randomAlnum } from "../ids.js";
import { emptyState, type SandboxState } from "./store.js";

export async function loadState(file: string): Promise<SandboxState> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`sandbox state file ${file} is not valid JSON`);
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    (parsed as { version?: unknown }).version !== 1
  ) {
    throw new Error(`sandbox state file ${file} has an unknown format (expected "version": 1)`);
  }
  // Fill collections added later so an older file still loads.
  return { ...emptyState(), ...(parsed as Partial<SandboxState>) } as SandboxState;
}

export async function writeStateAtomically(file: string, state: SandboxState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomAlnum(6)}.tmp`;
  await writeFile(temp, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  await rename(temp, file);
}

export class StateSaver {
  private writing: Promise<void> | undefined;
  private pending = false;
  private lastError: unknown;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => SandboxState,
  ) {}

  /** Schedules a save of the current state. */
  schedule(): void {
    if (this.writing) {
      this.pending = true;
      return;
    }
    this.writing = this.run();
  }

  private async run(): Promise<void> {
    try {
      do {
        this.pending = false;
        await writeStateAtomically(this.file, this.snapshot());
      } while (this.pending);
    } catch (error) {
      this.lastError = error;
    } finally {
      this.writing = undefined;
    }
  }

  /** Waits for writes in flight; rethrows a write failure so it is not lost silently. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.lastError !== undefined) {
      const error = this.lastError;
      this.lastError = undefined;
      throw error;
    }
  }
}
