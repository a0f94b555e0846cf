/**
 * A throwaway git repository holding a copy of the real spec, for end-to-end spec:diff tests.
 * Commits use a fixed identity via env so the machine's git config is never read or changed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "review test",
  GIT_AUTHOR_EMAIL: "review@example.invalid",
  GIT_COMMITTER_NAME: "review test",
  GIT_COMMITTER_EMAIL: "review@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: os.devNull,
};

export interface TempRepo {
  readonly dir: string;
  git(...args: string[]): string;
  /** Sets a YAML value (keeping the file's formatting) in a file under the repo; returns the old value. */
  setYaml(file: string, keyPath: readonly (string | number)[], value: unknown): unknown;
  commitAll(message: string): void;
  dispose(): void;
}

/** `git init` in a temp dir with `main` holding one commit: a copy of `spec/` (plus `extra` paths). */
export function createRepo(extra: readonly string[] = []): TempRepo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "review-repo-"));
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: dir, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] })
      .toString("utf8")
      .trim();
  git("init", "-q", "-b", "main");
  for (const rel of ["spec", ...extra])
    fs.cpSync(path.join(ROOT, rel), path.join(dir, rel), { recursive: true });
  const repo: TempRepo = {
    dir,
    git,
    setYaml(file, keyPath, value) {
      const target = path.join(dir, file);
      const doc = parseDocument(fs.readFileSync(target, "utf8"));
      const old = doc.getIn(keyPath);
      if (old === undefined)
        throw new Error(`test setup: ${keyPath.join(".")} not found in ${file}`);
      doc.setIn(keyPath, value);
      fs.writeFileSync(target, doc.toString());
      return old;
    },
    commitAll(message) {
      git("add", "-A");
      git("commit", "-q", "-m", message);
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  repo.commitAll("initial spec");
  return repo;
}
