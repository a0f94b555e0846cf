/**
 * The standalone sandbox exits with the process that started it (sandbox/parent-watch.ts): a test
 * runner or `npx` killed with SIGKILL must not leave a server behind. A "parent" process starts
 * the CLI and is killed; the sandbox must stop answering. Two ways it learns: its parent pid
 * changes (started directly), or its stdin pipe closes (started through `sh -c`, as npx does,
 * where the shell stays alive as its parent).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const CLI = ["--import", "tsx", join(process.cwd(), "sandbox/cli.ts")];
let parent: ChildProcess | undefined;
let groupId: number | undefined;
let dir: string | undefined;

afterEach(() => {
  if (parent?.exitCode === null && parent.signalCode === null) parent.kill("SIGKILL");
  // Whatever the test found, nothing it started survives it (the CLI runs in its own group).
  if (groupId !== undefined) {
    try {
      process.kill(-groupId, "SIGKILL");
    } catch {
      // already gone: the expected case
    }
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  parent = groupId = dir = undefined;
});

/** A parent that starts the CLI (through `sh -c` when `viaShell`) and prints the group id. */
function startParent(stdin: "pipe" | "ignore", viaShell: boolean, keysDir: string): ChildProcess {
  const command = [process.execPath, ...CLI, "--dir", keysDir, "--quiet"];
  const script = `
    const { spawn } = require("node:child_process");
    const [file, ...args] = ${JSON.stringify(command)};
    const child = ${viaShell}
      ? spawn("sh", ["-c", [file, ...args].map((a) => "'" + a + "'").join(" ")], { stdio: ["${stdin}", "ignore", "ignore"], detached: true })
      : spawn(file, args, { stdio: ["${stdin}", "ignore", "ignore"], detached: true });
    console.log(child.pid);
    setInterval(() => {}, 1000);`;
  return spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "pipe"] });
}

/** Polls (bounded) until `check` is true; false when the time ran out. */
async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (let round = 0; round < 1_000 && Date.now() < deadline; round++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

async function answers(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/sandbox/v1/health`, {
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function killParentAndWatch(stdin: "pipe" | "ignore", viaShell: boolean): Promise<boolean> {
  dir = mkdtempSync(join(tmpdir(), "favor-cli-parent-"));
  const configFile = join(dir, "client-config.json");
  parent = startParent(stdin, viaShell, dir);
  let printed = "";
  parent.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  expect(await eventually(() => existsSync(configFile) && printed.trim() !== "", 30_000)).toBe(
    true,
  );
  groupId = Number(printed.trim());
  const { baseUrl } = JSON.parse(readFileSync(configFile, "utf8")) as { baseUrl: string };
  expect(await eventually(() => answers(baseUrl), 10_000)).toBe(true);
  parent.kill("SIGKILL");
  return eventually(async () => !(await answers(baseUrl)), 15_000);
}

describe("npx wechatpay-favor-sandbox exits with its parent", () => {
  it("started directly: stops when its parent is killed (the parent pid changes)", async () => {
    expect(await killParentAndWatch("ignore", false)).toBe(true);
  });

  it("started through sh -c with a stdin pipe: stops when that pipe closes", async () => {
    expect(await killParentAndWatch("pipe", true)).toBe(true);
  });
});
