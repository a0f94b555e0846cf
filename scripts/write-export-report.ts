/**
 * `npm run exports:write`: rewrites the export report (etc/exports.txt, see export-report.ts)
 * after an intended change of the package's public surface; review the difference it shows.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exportReport, REPORT_PATH } from "./export-report.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = path.join(root, REPORT_PATH);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, exportReport(root));
process.stdout.write(`wrote ${REPORT_PATH}\n`);
