#!/usr/bin/env node
/**
 * The standalone sandbox: `npx wechatpay-favor-sandbox` (the package's `bin`) or, in a clone,
 * `npm run sandbox`. Starts the sandbox, writes the client credentials to a folder and prints
 * where they are. Secrets are written to files (mode 0600), never printed.
 */
import { resolve } from "node:path";
import { CliUsageError, parseCliArgs, USAGE } from "./cli-args.js";
import { writeClientFiles } from "./credentials.js";
import { CONTROL_PREFIX, FAULT_MODES, startSandbox } from "./index.js";

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
    ...(options.stateFile === undefined ? {} : { stateFile: resolve(options.stateFile) }),
    ...(options.fault === undefined ? {} : { fault: { mode: options.fault } }),
    ...(options.quiet ? {} : { log: (line: string) => process.stdout.write(`  ${line}\n`) }),
  });
  const files = await writeClientFiles(dir, sandbox.clientConfig);
  process.stdout.write(
    [
      `WeChat Pay favor sandbox listening on ${sandbox.baseUrl}`,
      `  mchid ${sandbox.mchid}, appid ${sandbox.appid}, WeChat Pay public key ID ${sandbox.clientConfig.wechatpayPublicKeyId}`,
      `  client config (JSON, for new WechatPayClient(...)): ${files.configJson}`,
      `  merchant private key: ${files.privateKeyPem}`,
      `  WeChat Pay public key: ${files.publicKeyPem}`,
      `  state: ${options.stateFile === undefined ? "in memory" : resolve(options.stateFile)}`,
      `  control endpoints (unsigned): ${sandbox.baseUrl}${CONTROL_PREFIX}{health,state,reset,notifications,faults,clock,coupons/<coupon_id>/use}`,
      `  fault header X-Sandbox-Fault: ${FAULT_MODES.join(" | ")}`,
      ...(sandbox.defaultHandledOperations.length === 0
        ? []
        : [
            `  default handler (no business rules; answers the spec's example): ${sandbox.defaultHandledOperations.join(", ")}`,
          ]),
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox failed to start: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
