/**
 * `generate --watch` as a user runs it: a process watching a temporary copy of a spec prints one
 * line per run, regenerates after each save (written in place or renamed over), and exits 0 on
 * Ctrl-C (SIGINT). Every wait is bounded.
 */
import { spawn } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copySpec, ROOT, tempDir } from "./helpers.js";

const WAIT_MS = 90_000;

describe("generate --watch", () => {
  const spec = copySpec();
  const out = tempDir();
  afterAll(() => {
    spec.dispose();
    out.dispose();
  });

  it(
    "regenerates on save, one line per run, and exits 0 on SIGINT",
    async () => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "generator/cli.ts", "--watch", "--spec", spec.entry, "--out", out.dir],
        { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      const runLines = (): string[] =>
        stdout.split("\n").filter((l) => / generate: \d+ changed/.test(l));
      const waitFor = async (what: string, ready: () => boolean): Promise<void> => {
        const until = Date.now() + WAIT_MS;
        while (!ready()) {
          if (Date.now() > until || child.exitCode !== null)
            throw new Error(
              `no ${what} within ${WAIT_MS} ms; stdout: ${stdout}; stderr: ${stderr}`,
            );
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      try {
        await waitFor("first run", () => runLines().length === 1);
        expect(runLines()[0]).toMatch(/ added, 0 removed, 0 unchanged → .+\/ \(\d+ ms\)$/);
        spec.edit("openapi.yaml", "description: ok", "description: ok, saved while watching");
        await waitFor("run after the save", () => runLines().length === 2);
        expect(runLines()[1]).toMatch(
          / [1-9]\d* changed, 0 added, 0 removed, \d+ unchanged → .+\/ \(\d+ ms\)$/,
        );
        expect(readFileSync(path.join(out.dir, "schema.ts"), "utf8")).toContain(
          "ok, saved while watching",
        );
        // Saved the way editors do: a new file renamed over the old one (a watcher on the file
        // itself stops seeing saves after this).
        for (const round of [1, 2]) {
          const text = readFileSync(spec.entry, "utf8");
          writeFileSync(
            `${spec.entry}.swp`,
            text.replace(/saved while watching( \d)?/, `saved while watching ${round}`),
          );
          renameSync(`${spec.entry}.swp`, spec.entry);
          await waitFor(`run after rename ${round}`, () => runLines().length === 2 + round);
          expect(readFileSync(path.join(out.dir, "schema.ts"), "utf8")).toContain(
            `saved while watching ${round}`,
          );
        }
      } finally {
        child.kill("SIGINT");
      }
      expect(await exited).toBe(0);
      expect(stderr).toBe("");
      expect(stdout.split("\n")[0]).toMatch(/^generate: watching .+\/ \(Ctrl-C stops\)$/);
    },
    3 * WAIT_MS,
  );
});
