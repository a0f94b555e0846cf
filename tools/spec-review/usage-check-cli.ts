/** `npm run usage:check -- [--base <git-ref>]`: compiles the base ref's usage files against today's client. */
import { runCli } from "../cli-entry.js";
import { runUsageCheck } from "./usage-check.js";

runCli("usage:check", (argv, io) => runUsageCheck(argv, io));
