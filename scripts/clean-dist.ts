/**
 * Empties dist/ before a build, so files of renamed or deleted sources never linger in the
 * published package (tsc only ever adds and overwrites).
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

rmSync(fileURLToPath(new URL("../dist", import.meta.url)), { recursive: true, force: true });
