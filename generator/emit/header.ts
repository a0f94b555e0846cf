/**
 * First lines of every generated TypeScript file. Carries the spec's hash so a reviewer can see
 * which spec a file came from, and no timestamp so regenerating an unchanged spec changes nothing.
 */
export function tsHeader(specSha256: string): string {
  return [
    "// Generated from spec — do not edit. Run `npm run generate` after changing spec/.",
    `// spec sha256: ${specSha256}`,
  ].join("\n");
}

export function markdownHeader(specSha256: string): string {
  return `<!-- Generated from spec — do not edit. Run \`npm run generate\` after changing spec/. spec sha256: ${specSha256} -->`;
}
