#!/usr/bin/env node
/**
 * The package's command (`npx wechatpay-favor <command>`). One command so far: `certificates`.
 * Exit codes: 0 success, 1 the input is wrong, 2 usage error / unreadable input / internal error.
 */
import { CERTIFICATES_USAGE, runCertificatesCommand } from "./certificates/cli.js";

const USAGE = `Usage: wechatpay-favor <command> [options]

Commands:
  certificates   download, verify and write the merchant's platform certificates

${CERTIFICATES_USAGE}`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = {
    env: process.env,
    stdout: (line: string) => void process.stdout.write(`${line}\n`),
    stderr: (line: string) => void process.stderr.write(`${line}\n`),
  };
  if (command === "certificates") return runCertificatesCommand(rest, io);
  if (command === "-h" || command === "--help") {
    io.stdout(USAGE);
    return 0;
  }
  io.stderr(
    command === undefined
      ? "error: no command given"
      : `error: unknown command ${JSON.stringify(command)}`,
  );
  io.stderr(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `error: internal error (${error instanceof Error ? error.name : "unknown"})\n`,
    );
    process.exitCode = 2;
  },
);
