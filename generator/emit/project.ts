import { Project, StructureKind, type StatementStructures } from "ts-morph";

/**
 * One in-memory ts-morph project per run. Each output file is created once from structures and
 * printed once: adding nodes one call at a time re-parses the file every time (measured with
 * ts-morph 28 on a 500-operation synthetic spec: ~47 s one call at a time, ~0.3 s from structures).
 */
export class TsPrinter {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
  });

  /** Prints one output file; `header` goes first, followed by a blank line. */
  print(path: string, header: string, statements: (StatementStructures | string)[]): string {
    const text = this.project
      .createSourceFile(`/${path}`, { statements: separated(statements) }, { overwrite: true })
      .getFullText();
    return `${header}\n\n${text}`;
  }
}

/**
 * A blank line before every declaration after the first (ts-morph separates functions and
 * interfaces but not consecutive `const`/`type` statements; prettier keeps what it is given).
 */
function separated(statements: (StatementStructures | string)[]): (StatementStructures | string)[] {
  return statements.map((statement, i) => {
    // A statement written as text (an expando assignment ts-morph has no structure for).
    if (typeof statement === "string") return `\n${statement}`;
    const previous = statements[i - 1];
    const bothImports =
      previous !== undefined &&
      typeof previous !== "string" &&
      (previous.kind === StructureKind.ImportDeclaration ||
        previous.kind === StructureKind.ExportDeclaration) &&
      statement.kind === previous.kind;
    return i === 0 || bothImports ? statement : { ...statement, leadingTrivia: "\n" };
  });
}
