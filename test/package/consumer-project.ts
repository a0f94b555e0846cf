/**
 * Builds the throw-away consumer project: a fresh folder with its own package.json, the packed
 * tarball installed from the npm cache (no network), and one tsconfig per module resolution.
 */
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { run } from "./process.js";

/** The module resolutions a TypeScript user may have; each gets its own tsconfig and output folder. */
export const RESOLUTIONS = {
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext" },
  bundler: { module: "ESNext", moduleResolution: "Bundler" },
} as const;
export type Resolution = keyof typeof RESOLUTIONS;

export function outDirFor(resolution: Resolution): string {
  return `out-${resolution}`;
}

/** Installs the tarball into a new project; `--offline` first, `--prefer-offline` if the cache misses. */
export function createConsumerProject(dir: string, tarball: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
  );
  const install = [
    "install",
    "--no-audit",
    "--no-fund",
    "--no-package-lock",
    "--ignore-scripts",
    tarball,
  ];
  try {
    run("npm", [...install, "--offline"], { cwd: dir });
  } catch {
    console.log("  npm cache misses a dependency; installing with --prefer-offline");
    run("npm", [...install, "--prefer-offline"], { cwd: dir });
  }
}

/** Every package folder name under node_modules (`@scope/name` for scoped ones). */
export function installedPackages(dir: string): string[] {
  const root = join(dir, "node_modules");
  const names: string[] = [];
  for (const entry of readdirSync(root)) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@"))
      for (const scoped of readdirSync(join(root, entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  return names.sort();
}

/**
 * The packages installing `root` must bring: its `dependencies` and theirs, transitively, read
 * from the installed package.json files. Anything else installed is an unwanted extra.
 */
export function dependencyClosure(dir: string, root: string): string[] {
  const seen = new Set<string>([root]);
  const queue = [root];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const manifest = JSON.parse(
      readFileSync(join(dir, "node_modules", name, "package.json"), "utf8"),
    ) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {}))
      if (!seen.has(dependency)) {
        seen.add(dependency);
        queue.push(dependency);
      }
  }
  return [...seen].sort();
}

/** Bytes of every file under `dir` (apparent sizes; symlinks are not followed). */
export function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += treeBytes(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}

/** The README's bundlers (devDependencies here), each with its `.bin` entry when it has one. */
const BUNDLERS: readonly { readonly name: string; readonly bin?: [string, string] }[] = [
  { name: "esbuild", bin: ["esbuild", "../esbuild/bin/esbuild"] },
  { name: "rollup", bin: ["rollup", "../rollup/dist/bin/rollup"] },
  { name: "@rollup/plugin-node-resolve" },
  { name: "@rollup/plugin-commonjs" },
  { name: "webpack", bin: ["webpack", "../webpack/bin/webpack.js"] },
  { name: "webpack-cli" },
];

/**
 * Links our esbuild, rollup and webpack into the project with their `.bin` entries, so the
 * README's `npx esbuild`, `npx rollup -c` and `npx webpack` run offline, as after an install.
 */
export function linkBundler(dir: string, repoRoot: string): void {
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  mkdirSync(join(dir, "node_modules", "@rollup"), { recursive: true });
  for (const { name, bin } of BUNDLERS) {
    symlinkSync(join(repoRoot, "node_modules", name), join(dir, "node_modules", name), "dir");
    if (bin !== undefined) symlinkSync(bin[1], join(dir, "node_modules", ".bin", bin[0]));
  }
}

/**
 * Gives the project a compiler: links our typescript and @types/node (a real service has both).
 * Done after the install so npm never sees (or prunes) them.
 */
export function linkCompiler(dir: string, repoRoot: string): void {
  symlinkSync(
    join(repoRoot, "node_modules", "typescript"),
    join(dir, "node_modules", "typescript"),
    "dir",
  );
  mkdirSync(join(dir, "node_modules", "@types"), { recursive: true });
  symlinkSync(
    join(repoRoot, "node_modules", "@types", "node"),
    join(dir, "node_modules", "@types", "node"),
    "dir",
  );
}

/** Copies the consumer sources and writes one strict tsconfig per resolution (library types checked too). */
export function writeSources(dir: string, sourceDir: string): void {
  cpSync(sourceDir, join(dir, "src"), { recursive: true });
  for (const [resolution, settings] of Object.entries(RESOLUTIONS)) {
    const tsconfig = {
      compilerOptions: {
        ...settings,
        target: "ES2022",
        lib: ["ES2023"],
        types: ["node"],
        strict: true,
        skipLibCheck: false,
        noEmitOnError: true,
        rootDir: "src",
        outDir: outDirFor(resolution as Resolution),
      },
      include: ["src"],
    };
    writeFileSync(
      join(dir, `tsconfig.${resolution}.json`),
      `${JSON.stringify(tsconfig, null, 2)}\n`,
    );
  }
}
