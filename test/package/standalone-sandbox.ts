/**
 * Starts the installed package's `bin` (`npx wechatpay-favor-sandbox`) as a child process and waits,
 * bounded in time, for it to say where it listens and where it wrote the client configuration.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface StandaloneSandbox {
  readonly baseUrl: string;
  readonly appid: string;
  readonly configFile: string;
  stop(): Promise<void>;
}

export function startStandaloneSandbox(
  projectDir: string,
  keysDir: string,
  timeoutMs = 60_000,
): Promise<StandaloneSandbox> {
  const child: ChildProcess = spawn(
    "npx",
    ["--no", "--", "wechatpay-favor-sandbox", "--dir", keysDir, "--quiet"],
    // Its own process group: npx runs the bin in a child of its own, and stop() must end both.
    { cwd: projectDir, env: { ...process.env, npm_config_offline: "true" }, detached: true },
  );
  let output = "";
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${why}\n--- output\n${output}`)));
    };
    const timer = setTimeout(
      () => fail(`npx wechatpay-favor-sandbox did not start within ${timeoutMs} ms`),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString("utf8");
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      const appid = /appid (\w+),/.exec(output);
      if (listening?.[1] === undefined || appid?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({
        baseUrl: listening[1],
        appid: appid[1],
        configFile: join(keysDir, "client-config.json"),
        stop,
      });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", (error) => fail(`cannot run npx wechatpay-favor-sandbox: ${error.message}`));
    child.on("exit", (code) => {
      if (!/listening on/.test(output)) fail(`npx wechatpay-favor-sandbox exited with ${code}`);
    });
  });
}
