/**
 * Citations a reader cannot follow: documents that were never part of the repository (the team's
 * working notes) cited from comments, JSDoc and spec descriptions. A comment should point at what a
 * reader can open (an official docs page address, a spec file, a test) or state the reason itself.
 */

export interface Citation {
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

const FORBIDDEN: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /\breference\s*§/i, why: "cites a section of a reference document not in the repo" },
  { pattern: /\breference conventions\b/i, why: "cites a reference document not in the repo" },
  {
    pattern: /\bthe reference (?:says|marks|documents|lists)\b/i,
    why: "cites a reference document not in the repo",
  },
  { pattern: /\btoolchain[- _]notes\b/i, why: "cites working notes not in the repo" },
  { pattern: /\bteam (?:brief|contract)\b/i, why: "cites a team document not in the repo" },
  { pattern: /favor-api\.md|shared\/reference\//i, why: "cites a reference file not in the repo" },
  {
    pattern: /\bseed (?:doc|docs|0\d\d)\b|种子文档/i,
    why: "cites a seed page copy; cite the official page address instead",
  },
];

/** A `§` is fine after a document the reader can open: a repository Markdown file, ECMA-262, an RFC. */
const NAMED_SECTION_OWNER = /(?:\.md|ECMA-262|RFC ?\d+)\s*$/;

/** Why a line cites something a reader cannot open, or undefined when it does not. */
function reasonToFlag(lineText: string, ownSections: boolean): string | undefined {
  const forbidden = FORBIDDEN.find(({ pattern }) => pattern.test(lineText));
  if (forbidden) return forbidden.why;
  if (ownSections) return undefined;
  for (const match of lineText.matchAll(/§/g)) {
    const before = lineText.slice(Math.max(0, match.index - 40), match.index);
    if (!NAMED_SECTION_OWNER.test(before)) return "a § section of no named document";
  }
  return undefined;
}

/**
 * `ownSections`: the text is a Markdown document, where a bare `§4` names one of its own sections.
 */
export function unfollowableCitations(text: string, ownSections = false): Citation[] {
  const found: Citation[] = [];
  text.split("\n").forEach((lineText, index) => {
    const why = reasonToFlag(lineText, ownSections);
    if (why) found.push({ line: index + 1, text: lineText.trim(), why });
  });
  return found;
}
