import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runGenerate } from "../../generator/run.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MINI_FIXTURE = path.join(ROOT, "test/generator/fixtures/mini");
export const REAL_SPEC = path.join(ROOT, "spec/openapi.yaml");

/** A throwaway copy of a spec folder that a test may break; removed by `dispose()`. */
export interface TempSpec {
  readonly dir: string;
  readonly entry: string;
  /** Replaces `find` (must occur exactly once) in a spec file; returns the 1-based line of the replacement. */
  edit(file: string, find: string, replace: string): number;
  write(file: string, text: string): void;
  /** 1-based line and column (in characters) of the only occurrence of `needle` in a spec file. */
  at(file: string, needle: string): { file: string; line: number; col: number };
  dispose(): void;
}

export function copySpec(from: string = MINI_FIXTURE): TempSpec {
  const dir = mkdtempSync(path.join(tmpdir(), "favor-spec-"));
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    entry: path.join(dir, "openapi.yaml"),
    edit(file, find, replace) {
      const target = path.join(dir, file);
      const text = readFileSync(target, "utf8");
      const at = text.indexOf(find);
      if (at === -1 || text.indexOf(find, at + 1) !== -1)
        throw new Error(`test setup: "${find}" must occur exactly once in ${file}`);
      writeFileSync(target, text.slice(0, at) + replace + text.slice(at + find.length));
      return text.slice(0, at).split("\n").length;
    },
    write(file, text) {
      writeFileSync(path.join(dir, file), text);
    },
    at(file, needle) {
      const text = readFileSync(path.join(dir, file), "utf8");
      const found = text.indexOf(needle);
      if (found === -1 || text.indexOf(needle, found + 1) !== -1)
        throw new Error(`test setup: "${needle}" must occur exactly once in ${file}`);
      const lines = text.slice(0, found).split("\n");
      return { file, line: lines.length, col: [...(lines.at(-1) ?? "")].length + 1 };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function tempDir(prefix = "favor-out-"): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the generate command in-process and captures what it prints. */
export async function run(
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runGenerate(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Removes the `spec sha256` lines, the only thing that legitimately differs between byte-different specs. */
export function withoutSpecHash(text: string): string {
  return text.replace(/spec sha256: [0-9a-f]{64}/g, "spec sha256: <hash>");
}
