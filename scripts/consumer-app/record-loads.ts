/**
 * Preloaded with `node --import`: records every module the program loads into the file named by
 * RECORD_LOADS_FILE, one URL per line. ESM imports are seen by a resolve hook (runs on the loader
 * thread); CommonJS files (undici, ajv are CJS) by reading the require cache at exit.
 */
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

const logFile = process.env["RECORD_LOADS_FILE"];
if (logFile === undefined) throw new Error("RECORD_LOADS_FILE is not set");

register("./record-loads-hooks.js", { parentURL: import.meta.url, data: { logFile } });

const requireCache = createRequire(import.meta.url).cache;
process.on("exit", () => {
  const files = Object.keys(requireCache).map((file) => pathToFileURL(file).href);
  if (files.length > 0) appendFileSync(logFile, `${files.join("\n")}\n`);
});
