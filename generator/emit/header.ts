/**
 * First lines of every generated file. No spec hash and no timestamp: a file changes only when
 * its own content does, so a one-field spec change shows as a one-file diff. The hash of the spec
 * the output came from lives in one place, the output folder's manifest.json (see write.ts).
 */
export const GENERATED_NOTICE =
  "Generated from spec — do not edit. Run `npm run generate` after changing spec/.";

export function tsHeader(): string {
  return `// ${GENERATED_NOTICE}`;
}

export function markdownHeader(): string {
  return `<!-- ${GENERATED_NOTICE} -->`;
}
