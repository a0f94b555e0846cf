/**
 * Whether generated files are ES modules where they land. Node.js and TypeScript (`NodeNext`)
 * read a `.ts`/`.js` file as an ES module only when the nearest package.json above it says
 * `"type": "module"`; the generated files use `import`/`export` and import the runtime as an ES
 * module, so in a CommonJS service (or outside any package) they would not compile.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * True when the nearest package.json above `outDir` (not inside it: a package.json in the
 * output folder is the generator's own) declares `"type": "module"`. None found, a CommonJS one,
 * or one that does not parse: false, and `generate --runtime` writes its own into the folder.
 */
export function governedByEsmPackage(outDir: string): boolean {
  let dir = path.dirname(path.resolve(outDir));
  for (;;) {
    const type = packageType(path.join(dir, "package.json"));
    if (type !== undefined) return type === "module";
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

/** The `type` of a package.json ("commonjs" when it has none), or undefined when there is no file. */
function packageType(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const type = (JSON.parse(text) as { type?: unknown }).type;
    return typeof type === "string" ? type : "commonjs";
  } catch {
    return "commonjs";
  }
}
