/**
 * `manifest.json` in the output folder: the hash of the spec the output came from, and every file
 * the generator wrote there. It is how the generator knows which files it owns: it removes only
 * files listed here, and it refuses to write into a non-empty folder that has none (`--out src`
 * must never delete a user's code). The one place the spec hash lives, so no other generated file
 * changes when only the spec's hash does.
 */
import { GENERATED_NOTICE } from "./emit/header.js";

export const MANIFEST_NAME = "manifest.json";

export interface Manifest {
  readonly specSha256: string;
  /** Relative paths (`/` separated), sorted; the manifest itself is not listed. */
  readonly files: readonly string[];
}

export function manifestText(specSha256: string, files: Iterable<string>): string {
  const listed = [...files].filter((f) => f !== MANIFEST_NAME).sort();
  const manifest = {
    $comment: `${GENERATED_NOTICE} The generator owns the files listed here: it rewrites them and removes the ones it no longer produces, and leaves every other file in this folder alone.`,
    specSha256,
    files: listed,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest in `text`, or a reason it cannot be used. */
export function parseManifest(text: string): Manifest | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return `${MANIFEST_NAME} is not valid JSON (${(e as Error).message})`;
  }
  if (value === null || typeof value !== "object") return `${MANIFEST_NAME} is not a JSON object`;
  const { specSha256, files } = value as Record<string, unknown>;
  if (
    typeof specSha256 !== "string" ||
    !Array.isArray(files) ||
    !files.every((f) => typeof f === "string" && isSafeRelative(f))
  )
    return `${MANIFEST_NAME} does not list { specSha256, files: [relative paths] }`;
  return { specSha256, files: files as string[] };
}

/** A listed path must stay inside the folder: a hand-edited `../x` must never be removed. */
function isSafeRelative(file: string): boolean {
  return (
    file !== "" &&
    !file.startsWith("/") &&
    !file.includes("\\") &&
    file.split("/").every((part) => part !== "" && part !== "." && part !== "..")
  );
}

/**
 * Output written before manifests existed: every file starts with the generated notice. Such a
 * folder is treated as owned once (its files carry the notice, so they are ours), and gets a
 * manifest on this run.
 */
export function isLegacyGeneratedFile(content: string): boolean {
  return (
    content.startsWith(`// ${GENERATED_NOTICE}`) || content.startsWith(`<!-- ${GENERATED_NOTICE}`)
  );
}
