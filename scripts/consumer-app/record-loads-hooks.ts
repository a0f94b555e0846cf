/** Loader hooks registered by record-loads.ts: append each resolved module URL to the log file. */
import { appendFileSync } from "node:fs";
import type { InitializeHook, ResolveHook } from "node:module";

let logFile = "";

export const initialize: InitializeHook<{ logFile: string }> = (data) => {
  logFile = data.logFile;
};

export const resolve: ResolveHook = async (specifier, context, nextResolve) => {
  const result = await nextResolve(specifier, context);
  appendFileSync(logFile, `${result.url}\n`);
  return result;
};
