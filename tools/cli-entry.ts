/**
 * The one entry-point pattern of the project's command-line tools: a `<tool>-cli.ts` (or
 * `cli.ts`) file that only calls `runCli`, and a testable `run…(argv, io)` function that returns the
 * exit code. Exit codes, for every command: 0 = success / no differences; 1 = the input is wrong or
 * differences/findings were found; 2 = usage error, unreadable input or an internal error. Errors
 * are one line on stderr, never a stack trace (set WECHATPAY_FAVOR_DEBUG=1 to get one).
 */

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export type CliMain = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Exit code for an internal error (a bug in the tool, not in its input). */
export const INTERNAL_ERROR_EXIT = 2;

export function runCli(name: string, main: CliMain): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      // exitCode, not exit(): a large report piped to another program is written out in full.
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail =
        process.env["WECHATPAY_FAVOR_DEBUG"] === "1" && error instanceof Error
          ? (error.stack ?? error.message)
          : firstLine(error);
      io.stderr(`${name}: internal error: ${detail}\n`);
      process.exitCode = INTERNAL_ERROR_EXIT;
    },
  );
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n", 1)[0] ?? text;
}
