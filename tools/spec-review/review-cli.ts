/** `npm run review -- …`: spec lint, drift, spec:diff and usage check in one report (see review.ts). */
import { runCli } from "../cli-entry.js";
import { runReview } from "./review.js";

runCli("review", (argv, io) => runReview(argv, io));
