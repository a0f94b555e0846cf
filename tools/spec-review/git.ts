/**
 * The few git operations the review needs. Everything reads from the object database
 * (`ls-tree`, `cat-file`), never from or into the working tree, so a review can run while
 * someone is editing files and never disturbs them.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A git problem the user can act on (unknown ref, not a repository), without a stack trace. */
export class GitError extends Error {
  override readonly name = "GitError";
}

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  try {
    return execFileSync("git", args, {
      cwd,
      input,
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

function gitText(cwd: string, args: readonly string[]): string {
  return git(cwd, args).toString("utf8").trim();
}

export function repoRoot(cwd: string): string {
  return gitText(cwd, ["rev-parse", "--show-toplevel"]);
}

/** Full commit id of `ref`, or a GitError naming the ref when it does not exist. */
export function resolveCommit(cwd: string, ref: string): string {
  try {
    return gitText(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(
      `unknown git ref "${ref}" (try a branch, tag or commit; in CI fetch with fetch-depth 0)`,
    );
  }
}

export interface BaseChoice {
  readonly ref: string;
  readonly commit: string;
  /** Why this base was picked, for the report header. */
  readonly reason: string;
}

/**
 * The default base: with uncommitted edits under `watch` (or on main itself) compare against
 * HEAD, so "what did my edit change" works before committing; on a feature branch compare
 * against the merge base with main (what the pull request will change).
 */
export function defaultBase(cwd: string, watch: string): BaseChoice {
  const dirty = gitText(cwd, ["status", "--porcelain", "--", watch]) !== "";
  if (dirty)
    return {
      ref: "HEAD",
      commit: resolveCommit(cwd, "HEAD"),
      reason: `uncommitted changes in ${watch}/`,
    };
  const branch = gitText(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  if (branch === "main")
    return { ref: "HEAD", commit: resolveCommit(cwd, "HEAD"), reason: "on main" };
  for (const main of ["main", "origin/main"]) {
    try {
      resolveCommit(cwd, main);
    } catch {
      continue;
    }
    const commit = gitText(cwd, ["merge-base", "HEAD", main]);
    return { ref: main, commit, reason: `merge base with ${main}` };
  }
  return { ref: "HEAD", commit: resolveCommit(cwd, "HEAD"), reason: "no main branch found" };
}

/**
 * Writes the files under `prefix` as they are at `commit` into `dest` (keeping their relative
 * paths). One `cat-file --batch` process reads them all. Returns the relative paths written.
 */
export function extractTree(cwd: string, commit: string, prefix: string, dest: string): string[] {
  const listing = git(cwd, ["ls-tree", "-r", "-z", "--name-only", commit, "--", prefix]).toString(
    "utf8",
  );
  const files = listing.split("\0").filter((f) => f !== "");
  if (files.length === 0) return [];
  const output = git(cwd, ["cat-file", "--batch"], files.map((f) => `${commit}:${f}\n`).join(""));
  let offset = 0;
  for (const file of files) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString("utf8");
    const size = Number(header.split(" ")[2]);
    if (!/ blob \d+$/.test(header) || !Number.isInteger(size))
      throw new GitError(`cannot read ${file} at ${commit.slice(0, 12)}: ${header}`);
    const content = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1; // content is followed by a newline
    const target = path.join(dest, ...file.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return files;
}
