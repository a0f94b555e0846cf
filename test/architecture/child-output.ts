/**
 * Child processes started by tests whose output would bypass vitest and land in the run's output,
 * found by parsing the file (not by regular expressions): vitest captures console.* of a test, but
 * a child that inherits the test process's stdout/stderr writes straight to the terminal, so its
 * expected error lines look like failures in a green run and no test can assert on them.
 *
 * Flagged: any `stdio` option naming "inherit"; `execSync`/`execFileSync` without a `stdio`
 * option (Node passes their stderr through by default); `fork` without `silent: true` or `stdio`
 * (it inherits all three by default). `spawn`, `spawnSync`, `exec` and `execFile` pipe by default.
 */
import ts from "typescript";

export interface ChildOutputLeak {
  /** 1-based line of the call. */
  readonly line: number;
  readonly call: string;
  readonly why: string;
}

const CHILD_CALLS = new Set([
  "spawn",
  "spawnSync",
  "exec",
  "execSync",
  "execFile",
  "execFileSync",
  "fork",
]);
/** Calls whose default lets the child write to the test process's stderr. */
const INHERITS_BY_DEFAULT = new Set(["execSync", "execFileSync", "fork"]);

function calleeName(callee: ts.Expression): string | undefined {
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function property(
  options: ts.ObjectLiteralExpression,
  name: string,
): ts.PropertyAssignment | undefined {
  return options.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === name,
  );
}

function mentionsInherit(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node) && node.text === "inherit") return true;
  return ts.forEachChild(node, mentionsInherit) === true;
}

/** Index of the options argument when all are given: `execSync(command, options)`, else `(file, args, options)`. */
const OPTIONS_INDEX: Readonly<Record<string, number>> = { exec: 1, execSync: 1 };

function leakOf(name: string, call: ts.CallExpression): string | undefined {
  const args = call.arguments;
  const last = args[args.length - 1];
  // The options argument: an object literal last, or whatever sits at the options position.
  const given =
    last !== undefined &&
    (ts.isObjectLiteralExpression(last) || args.length > (OPTIONS_INDEX[name] ?? 2))
      ? last
      : undefined;
  if (given !== undefined && !ts.isObjectLiteralExpression(given)) return undefined; // built elsewhere
  const stdio = given && property(given, "stdio");
  if (stdio !== undefined && mentionsInherit(stdio.initializer))
    return 'its stdio inherits the test process\'s streams: use "pipe" and assert on the output';
  if (!INHERITS_BY_DEFAULT.has(name) || stdio !== undefined) return undefined;
  if (given?.properties.some(ts.isSpreadAssignment)) return undefined; // built elsewhere
  if (name === "fork") {
    const silent = given && property(given, "silent");
    if (silent?.initializer.kind === ts.SyntaxKind.TrueKeyword) return undefined;
    return 'fork inherits stdout and stderr by default: pass silent: true or stdio: "pipe"';
  }
  return `${name} passes the child's stderr through by default: pass stdio: ["ignore", "pipe", "pipe"]`;
}

export function childOutputLeaks(fileName: string, text: string): ChildOutputLeak[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: ChildOutputLeak[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const why = name !== undefined && CHILD_CALLS.has(name) ? leakOf(name, node) : undefined;
      if (why !== undefined) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ line: line + 1, call: name ?? "", why });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
