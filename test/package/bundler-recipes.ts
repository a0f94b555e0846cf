/**
 * The README's rollup and webpack recipes, as a user follows them: the configuration files are
 * written verbatim from the README, `build/` holds the tsc output (the consumer test's nodenext
 * compilation), and the README's commands run in the project. Returns the bundles they wrote.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { join } from "node:path";
import { run } from "./process.js";
import { readmeBlock, readmeCommands } from "./readme-commands.js";

const OFFLINE = { ...process.env, npm_config_offline: "true" };

/** Writes the README's configuration files and runs its commands; the bundles' paths, in order. */
export function buildJsRecipes(repoRoot: string, project: string, compiledDir: string): string[] {
  const rollupConfig = readmeBlock(repoRoot, "rollup-config").code;
  const webpackConfig = readmeBlock(repoRoot, "webpack-config").code;
  writeFileSync(join(project, "rollup.config.mjs"), rollupConfig);
  writeFileSync(join(project, "webpack.config.js"), webpackConfig);
  cpSync(join(project, compiledDir), join(project, "build"), { recursive: true });
  for (const command of readmeCommands(repoRoot, "bundle-js"))
    run("sh", ["-c", command], { cwd: project, env: OFFLINE, timeoutMs: 300_000 });
  const rollupOut = /file: "([^"]+)"/.exec(rollupConfig)?.[1];
  const webpackOut = /filename: "([^"]+)"/.exec(webpackConfig)?.[1];
  if (rollupOut === undefined || webpackOut === undefined)
    throw new Error("the README's rollup/webpack configurations name no output file");
  return [rollupOut, join("dist", webpackOut)];
}

/**
 * The rollup recipe without its `ignore` line, built and run where Node has no `node:sqlite`
 * (Node 20): what running it printed (the README quotes the error), or undefined where the
 * built-in exists and the README's warning does not apply.
 */
export function rollupWithoutSqliteIgnore(
  project: string,
  runBundle: (file: string) => string,
): string | undefined {
  if (isBuiltin("node:sqlite")) return undefined;
  const recipe = readFileSync(join(project, "rollup.config.mjs"), "utf8");
  const config = recipe
    .replace(/commonjs\(\{ ignore: \["node:sqlite"\] \}\)/, "commonjs()")
    .replace(/file: "[^"]+"/, 'file: "dist/no-ignore.rollup.mjs"');
  if (!config.includes("commonjs()"))
    throw new Error('the README\'s rollup recipe has no commonjs({ ignore: ["node:sqlite"] })');
  writeFileSync(join(project, "rollup.no-ignore.config.mjs"), config);
  run("sh", ["-c", "npx rollup -c rollup.no-ignore.config.mjs"], {
    cwd: project,
    env: OFFLINE,
    timeoutMs: 300_000,
  });
  return runBundle("dist/no-ignore.rollup.mjs");
}
