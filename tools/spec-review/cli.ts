/**
 * `npm run spec:diff -- [--base <git-ref>] [--format json] [--allow-breaking]`
 *
 * Compares the spec at a git ref with the working tree and prints what changed for callers of the
 * generated client, classified breaking / needs attention / safe. See run-diff.ts for exit codes.
 */
import { runCli } from "../cli-entry.js";
import { runSpecDiff } from "./run-diff.js";

runCli("spec:diff", (argv, io) => runSpecDiff(argv, io));
