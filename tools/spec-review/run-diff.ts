/**
 * `spec:diff` as a function (argv in, exit code out, output through `io`) so tests run it
 * in-process against temporary repositories; cli.ts is only the process wrapper.
 *
 * Exit codes: 0 no breaking change (or --allow-breaking), 1 breaking changes found,
 * 2 could not compare (bad arguments, unknown ref, broken spec).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SpecErrors } from "../../generator/index.js";
import { compareSurfaces } from "./compare.js";
import {
  defaultBase,
  extractTree,
  GitError,
  repoRoot,
  resolveCommit,
  type BaseChoice,
} from "./git.js";
import { groupChanges, type DiffResult } from "./group.js";
import { renderJson, renderMarkdown } from "./report.js";
import { loadSurface, type SpecSurface } from "./surface.js";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const USAGE =
  "usage: spec:diff [--base <git-ref>] [--format markdown|json] [--allow-breaking] [--spec spec/openapi.yaml]";

interface Args {
  readonly base: string | undefined;
  readonly format: "markdown" | "json";
  readonly allowBreaking: boolean;
  readonly spec: string;
  readonly help: boolean;
}

function parse(argv: readonly string[]): Args {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      base: { type: "string" },
      format: { type: "string", default: "markdown" },
      "allow-breaking": { type: "boolean", default: false },
      spec: { type: "string", default: "spec/openapi.yaml" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.format !== "markdown" && values.format !== "json")
    throw new Error(`--format must be markdown or json, not "${values.format}"`);
  return {
    base: values.base,
    format: values.format,
    allowBreaking: values["allow-breaking"],
    spec: values.spec,
    help: values.help,
  };
}

/** Both specs through the generator's loader and model, compared and grouped. */
export function diffSurfaces(before: SpecSurface, after: SpecSurface): DiffResult {
  return groupChanges(compareSurfaces(before, after));
}

const EMPTY: SpecSurface = { operations: new Map(), models: new Set() };

/**
 * Loads the spec as it is at `base` from git into a temp folder (the work tree is not touched)
 * and returns its surface; an empty surface when the spec did not exist yet at that commit.
 */
export function loadBaseSurface(root: string, base: BaseChoice, specEntry: string): SpecSurface {
  const rel = path.relative(root, specEntry).split(path.sep).join("/");
  const specDir = path.posix.dirname(rel);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spec-review-base-"));
  try {
    extractTree(root, base.commit, specDir === "." ? rel : specDir, tmp);
    const entry = path.join(tmp, ...rel.split("/"));
    if (!fs.existsSync(entry)) return EMPTY;
    try {
      return loadSurface(entry);
    } catch (e) {
      if (e instanceof SpecErrors)
        throw new SpecErrors(
          e.errors.map((err) => Object.assign(err, { message: `(at ${base.ref}) ${err.message}` })),
        );
      throw e;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function runSpecDiff(
  argv: readonly string[],
  io: Io,
  cwd: string = process.cwd(),
): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr(`spec:diff: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  try {
    const root = repoRoot(cwd);
    const specEntry = path.resolve(cwd, args.spec);
    const specDir = path.relative(root, path.dirname(specEntry)) || ".";
    const base: BaseChoice =
      args.base !== undefined
        ? { ref: args.base, commit: resolveCommit(root, args.base), reason: "--base" }
        : defaultBase(root, specDir);
    const before = loadBaseSurface(root, base, specEntry);
    const after = loadSurface(specEntry);
    const result = diffSurfaces(before, after);
    const header = {
      base: `${base.ref} @ ${base.commit.slice(0, 10)} (${base.reason})`,
      head: "working tree",
    };
    io.stdout(args.format === "json" ? renderJson(result, header) : renderMarkdown(result, header));
    if (result.counts.breaking > 0 && !args.allowBreaking) {
      io.stderr(
        `spec:diff: ${result.counts.breaking} breaking change(s); pass --allow-breaking if this is intended (and bump the major version).\n`,
      );
      return 1;
    }
    return 0;
  } catch (e) {
    if (e instanceof SpecErrors) {
      io.stderr(
        `${e.format(cwd)}\n\nspec:diff: the spec does not load (${e.message}); nothing compared.\n`,
      );
      return 2;
    }
    if (e instanceof GitError) {
      io.stderr(`spec:diff: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
