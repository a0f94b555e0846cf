import { Project, type StatementStructures } from "ts-morph";

/**
 * One in-memory ts-morph project per run. Each output file is created once from structures and
 * printed once: adding nodes one call at a time re-parses the file every time (see
 * toolchain-notes: ~47 s vs ~0.3 s on a large spec).
 */
export class TsPrinter {
  private readonly project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });

  print(path: string, statements: (string | StatementStructures)[]): string {
    return this.project.createSourceFile(`/${path}`, { statements }, { overwrite: true }).getFullText();
  }
}
