/**
 * What a program importing the package really pulls in: the modules Node loads, the files a
 * bundler keeps, and the bare imports of the shipped JavaScript (which must match `dependencies`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ts from "typescript";
import { run } from "./process.js";

/**
 * Modules a one-operation program must never load: build-time tools, the sandbox and its ajv, the
 * Redis stores (their own entry) and a Redis client.
 */
export const FORBIDDEN_MODULES: readonly { readonly label: string; readonly pattern: RegExp }[] = [
  { label: "the sandbox", pattern: /\/wechatpay-favor\/dist\/sandbox\// },
  { label: "the bundled spec document", pattern: /\/spec-document\.js$/ },
  { label: "the generator", pattern: /\/generator\// },
  { label: "ts-morph", pattern: /\/node_modules\/(ts-morph|@ts-morph)\// },
  { label: "prettier", pattern: /\/node_modules\/prettier\// },
  { label: "yaml", pattern: /\/node_modules\/yaml\// },
  { label: "typescript", pattern: /\/node_modules\/typescript\// },
  { label: "openapi-typescript", pattern: /\/node_modules\/(openapi-typescript|@redocly)\// },
  { label: "ajv (sandbox only)", pattern: /\/node_modules\/ajv(-formats)?\// },
  { label: "the Redis stores", pattern: /\/wechatpay-favor\/dist\/runtime\/redis\// },
  { label: "ioredis", pattern: /\/node_modules\/ioredis\// },
];

export function forbiddenAmong(paths: readonly string[]): string[] {
  return FORBIDDEN_MODULES.flatMap(({ label, pattern }) =>
    paths.filter((path) => pattern.test(path)).map((path) => `${label}: ${path}`),
  );
}

/** Runs `script` under the record-loads preload and returns the file paths of every module loaded. */
export function recordLoadedModules(projectDir: string, preload: string, script: string): string[] {
  const logFile = join(projectDir, "loaded-modules.txt");
  run(process.execPath, ["--import", preload, script], {
    cwd: projectDir,
    env: { ...process.env, RECORD_LOADS_FILE: logFile },
  });
  const urls = new Set(
    readFileSync(logFile, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("file:")),
  );
  return [...urls].map((url) => fileURLToPath(url).split(sep).join("/")).sort();
}

/** Bundles `entry` like an application build would and returns the inputs that kept any bytes. */
export async function bundledInputs(projectDir: string, entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectDir,
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: join(projectDir, "bundle.js"),
  });
  const outputs = Object.values(result.metafile.outputs);
  return outputs
    .flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, use]) => use.bytesInOutput > 0)
        .map(([input]) => input),
    )
    .sort();
}

export interface BundleBreakdown {
  readonly bytes: number;
  /** Output bytes per source: a package name (ours included), or "(app)" for the entry's own code. */
  readonly bySource: ReadonlyMap<string, number>;
}

/** What a bundle built with `options` holds, from esbuild's metafile (nothing written). */
export async function bundleBreakdown(
  projectDir: string,
  entry: string,
  options: { format: "esm" | "cjs"; banner?: string },
): Promise<BundleBreakdown> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: projectDir,
    bundle: true,
    platform: "node",
    format: options.format,
    ...(options.banner === undefined ? {} : { banner: { js: options.banner } }),
    write: false,
    metafile: true,
    logLevel: "silent",
    outfile: join(projectDir, `breakdown.${options.format}.js`),
  });
  const output = Object.values(result.metafile.outputs)[0];
  const bySource = new Map<string, number>();
  for (const [input, use] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    const source = match?.[1] ?? "(app)";
    bySource.set(source, (bySource.get(source) ?? 0) + use.bytesInOutput);
  }
  return { bytes: output?.bytes ?? 0, bySource };
}

/**
 * Package names the files under `dirs` ending in `extension`, and the single `files`, import
 * (bare specifiers, builtins excluded).
 */
export function importedPackages(
  dirs: readonly string[],
  extension = ".js",
  files: readonly string[] = [],
): string[] {
  const names = new Set<string>();
  const scan = (path: string): void => {
    // preProcessFile lists real import/export specifiers, ignoring any that only appear in comments.
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(path, "utf8"), true, true)
      .importedFiles) {
      if (specifier.startsWith(".") || specifier.startsWith("node:")) continue;
      const parts = specifier.split("/");
      names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier));
    }
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) scan(path);
    }
  };
  for (const dir of dirs) walk(dir);
  for (const file of files) scan(file);
  return [...names].sort();
}

export function relativeTo(root: string, paths: readonly string[]): string[] {
  return paths.map((path) => relative(root, path).split(sep).join("/"));
}
