/**
 * Captures what code under test writes with console.* so a test can assert on it instead of
 * printing it: an expected error line in a passing test must not look like a failure in the run's
 * output (see test/README.md). Always `restore()` (in a finally or afterEach), or the capture leaks
 * into the next test of the file.
 */
import { format } from "node:util";
import { vi } from "vitest";

export const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug"] as const;
export type ConsoleMethod = (typeof CONSOLE_METHODS)[number];

export interface ConsoleLine {
  readonly method: ConsoleMethod;
  /** The line as console would have printed it (util.format of the arguments). */
  readonly text: string;
}

export interface CapturedConsole {
  readonly lines: readonly ConsoleLine[];
  /** Texts written with the given methods, in order. */
  texts(...methods: ConsoleMethod[]): string[];
  restore(): void;
}

export function captureConsole(): CapturedConsole {
  const lines: ConsoleLine[] = [];
  const spies = CONSOLE_METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push({ method, text: format(...args) });
    }),
  );
  return {
    lines,
    texts: (...methods) =>
      lines.filter((line) => methods.includes(line.method)).map((line) => line.text),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
