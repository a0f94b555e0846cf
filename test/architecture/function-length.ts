/**
 * Finds functions longer than the project's limit that carry no written reason. A long function is
 * allowed when the comment directly above it says why, in a sentence containing "long because",
 * "long on purpose" or "kept whole because" (for example a linear pipeline that reads in order, or
 * one literal table): the rule asks for a reason, not for mechanical chopping.
 */
import ts from "typescript";

/** Lines (first to last, inclusive) above which a function needs a split or a written reason. */
export const MAX_FUNCTION_LINES = 60;

const REASON = /\b(?:long|kept whole) (?:because|on purpose)\b/i;

export interface LongFunction {
  readonly path: string;
  /** 1-based line where the function starts. */
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

/** The node whose leading comments document the function: `const f = () => …` is documented on the statement. */
function documentedNode(node: ts.FunctionLikeDeclaration): ts.Node {
  let current: ts.Node = node;
  while (
    ts.isVariableDeclaration(current.parent) ||
    ts.isVariableDeclarationList(current.parent) ||
    ts.isVariableStatement(current.parent) ||
    ts.isPropertyAssignment(current.parent) ||
    ts.isPropertyDeclaration(current.parent) ||
    ts.isExportAssignment(current.parent) ||
    (ts.isBinaryExpression(current.parent) && current.parent.right === current) ||
    (ts.isExpressionStatement(current.parent) && ts.isBinaryExpression(current))
  ) {
    current = current.parent;
  }
  return current;
}

function nameOf(node: ts.FunctionLikeDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText(source);
  }
  if (ts.isCallExpression(parent)) return `callback of ${parent.expression.getText(source)}()`;
  return "(anonymous)";
}

function hasReason(node: ts.Node, text: string): boolean {
  const comments = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  return comments.some((range) => REASON.test(text.slice(range.pos, range.end)));
}

export function longFunctions(
  path: string,
  text: string,
  limit = MAX_FUNCTION_LINES,
): LongFunction[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit && !hasReason(documentedNode(node), text)) {
        found.push({ path, line: start + 1, name: nameOf(node, source), lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
