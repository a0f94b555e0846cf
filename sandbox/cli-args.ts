/** Command-line options of `npx wechatpay-favor-sandbox` (`npm run sandbox`), parsed with node:util parseArgs. */
import { parseArgs } from "node:util";

export interface CliOptions {
  port: number;
  dir: string;
  stateFile: string | undefined;
  rateLimits: boolean;
  fault: string | undefined;
  quiet: boolean;
  /** Platform-certificate mode (a legacy merchant: `GET /v3/certificates`, certificates sign). */
  platformCertificates: boolean;
  /** Keep serving after the parent process is gone (default: exit with it). */
  keepRunning: boolean;
  help: boolean;
}

export const USAGE = `Usage: npx wechatpay-favor-sandbox [options]
       npm run sandbox -- [options]   (in a clone of the repository)

  --port <n>         TCP port on 127.0.0.1 (default 0: a free port)
  --dir <folder>     where keys and client credentials are written/reused (default .sandbox)
  --state <file>     persist state to this JSON file and reload it at start (default: in memory)
  --no-rate-limits   do not enforce the spec's rate limits
  --fault <mode>     start with a sandbox-wide fault mode (e.g. 500-once, slow:200)
  --platform-certificates
                     platform-certificate mode: serve GET /v3/certificates and sign with a
                     platform certificate (client-config.json then has "certificates": true)
  --keep-running     keep serving when the process that started it exits (default: the
                     sandbox exits with its parent, e.g. when npx or a test runner is killed)
  --quiet            do not log requests
  --help             show this text`;

export class CliUsageError extends Error {}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        dir: { type: "string" },
        state: { type: "string" },
        "no-rate-limits": { type: "boolean" },
        fault: { type: "string" },
        quiet: { type: "boolean" },
        "platform-certificates": { type: "boolean" },
        "keep-running": { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliUsageError(`--port must be an integer 0–65535, got "${values.port}"`);
  return {
    port,
    dir: values.dir ?? ".sandbox",
    stateFile: values.state,
    rateLimits: values["no-rate-limits"] !== true,
    fault: values.fault,
    quiet: values.quiet === true,
    platformCertificates: values["platform-certificates"] === true,
    keepRunning: values["keep-running"] === true,
    help: values.help === true,
  };
}
