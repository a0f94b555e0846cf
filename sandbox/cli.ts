#!/usr/bin/env node
/**
 * The standalone sandbox: `npx wechatpay-favor-sandbox` (the package's `bin`) or, in a clone,
 * `npm run sandbox`. Starts the sandbox, writes the client credentials to a folder and prints
 * where they are. Secrets are written to files (mode 0600), never printed.
 */
import { resolve } from "node:path";
import { CliUsageError, parseCliArgs, USAGE, type CliOptions } from "./cli-args.js";
import { writeClientFiles, type WrittenClientFiles } from "./credentials.js";
import { CONTROL_PREFIX, FAULT_MODES, startSandbox, type Sandbox } from "./index.js";
import { watchParent } from "./parent-watch.js";

async function main(): Promise<void> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliUsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dir = resolve(options.dir);
  const sandbox = await startSandbox({
    port: options.port,
    keysDir: dir,
    rateLimits: options.rateLimits,
    ...(options.platformCertificates ? { platformCertificates: true } : {}),
    ...(options.stateFile === undefined ? {} : { stateFile: resolve(options.stateFile) }),
    ...(options.fault === undefined ? {} : { fault: { mode: options.fault } }),
    ...(options.quiet ? {} : { log: (line: string) => process.stdout.write(`  ${line}\n`) }),
  });
  const files = await writeClientFiles(dir, sandbox.clientConfig, sandbox.appid);
  process.stdout.write(startupText(sandbox, options, files));
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (!options.keepRunning)
    watchParent((why) => {
      // The parent's end of stderr may be gone with it: a failed write must not crash the stop.
      process.stderr.on("error", () => undefined);
      process.stderr.write(`sandbox stopping: ${why}\n`);
      stop();
    });
}

/** What the CLI prints once it listens: where, who, which files, how to drive it. No secrets. */
function startupText(sandbox: Sandbox, options: CliOptions, files: WrittenClientFiles): string {
  return [
    `WeChat Pay favor sandbox listening on ${sandbox.baseUrl}`,
    `  mchid ${sandbox.mchid}, appid ${sandbox.appid}, WeChat Pay public key ID ${sandbox.clientConfig.wechatpayPublicKeyId}`,
    `  client config (JSON, for new WechatPayClient(...)): ${files.configJson}`,
    `  merchant private key: ${files.privateKeyPem}`,
    `  WeChat Pay public key: ${files.publicKeyPem}`,
    `  state: ${options.stateFile === undefined ? "in memory" : resolve(options.stateFile)}`,
    ...(options.platformCertificates
      ? ["  platform-certificate mode: GET /v3/certificates is served; certificates sign"]
      : []),
    `  control endpoints (unsigned): ${sandbox.baseUrl}${CONTROL_PREFIX}{health,state,reset,notifications,faults,clock,coupons/<coupon_id>/use}; typed: sandboxControl(baseUrl) from wechatpay-favor/sandbox`,
    `  fault header X-Sandbox-Fault: ${FAULT_MODES.join(" | ")}`,
    ...(sandbox.defaultHandledOperations.length === 0
      ? []
      : [
          `  default handler (no business rules; answers the spec's example): ${sandbox.defaultHandledOperations.join(", ")}`,
        ]),
    ...(options.keepRunning
      ? []
      : ["  stops when the process that started it exits (--keep-running to stay)"]),
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox failed to start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
