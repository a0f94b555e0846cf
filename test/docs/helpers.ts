import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { comparePage, type PageReport } from "../../tools/docs/compare.js";
import { SpecFiles } from "../../tools/docs/spec-index.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/**
 * The docs-tool tests' own spec: a copy of spec/ frozen for them, so a legitimate change of the
 * live spec (made with docs:apply from a page) never turns them red. Only seeds.test.ts reads the
 * live spec, on purpose.
 */
export const SPEC = path.join(ROOT, "test", "docs", "fixtures", "spec", "openapi.yaml");
export const LIVE_SPEC = path.join(ROOT, "spec", "openapi.yaml");
export const PAGES = path.join(ROOT, "test", "docs", "pages");
/** Team-written pages in every form page text reaches us in (forms.test.ts). */
export const FORMS = path.join(ROOT, "test", "docs", "forms");
/**
 * WeChat's pages are never copied into the repo: they sit next to it (../shared/seeds) or where
 * WECHATPAY_FAVOR_SEEDS_DIR says. `npm test` runs the seeds*.test.ts files as their own step,
 * and only when the folder exists (scripts/test.ts).
 */
export const SEEDS = path.resolve(
  ROOT,
  process.env["WECHATPAY_FAVOR_SEEDS_DIR"] ?? path.join("..", "shared", "seeds"),
);

/** Run directly without the folder (`npx vitest run test/docs`), the seed files skip quietly. */
export function seedsAvailable(): boolean {
  if (fs.existsSync(SEEDS)) return true;
  if (process.env["CI"]) throw new Error(`CI is set but the real docs pages are missing: ${SEEDS}`);
  return false;
}

export function seed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), "utf8");
}

export function compareText(text: string, file = "page.txt", spec = SPEC): PageReport {
  return comparePage(new SpecFiles(spec), file, text).report;
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`test page has no line with ${needle}`);
  return i + 1;
}

/** Replaces exactly one occurrence (fails loudly when the seed text changed). */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function tempSpecCopy(): { dir: string; entry: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-apply-"));
  fs.cpSync(path.dirname(SPEC), path.join(dir, "spec"), { recursive: true });
  return { dir, entry: path.join(dir, "spec", "openapi.yaml") };
}

export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else out.set(path.relative(dir, p), fs.readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return out;
}

export function capture(): {
  io: { stdout: (t: string) => void; stderr: (t: string) => void };
  out: () => string;
  err: () => string;
} {
  let out = "";
  let err = "";
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t) },
    out: () => out,
    err: () => err,
  };
}
