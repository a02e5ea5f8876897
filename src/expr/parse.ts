import jsep from "jsep";

// jsep's operator tables are process-global: this is the one module that configures them.
for (const op of ["||", "&&", "|", "^", "&", "===", "!==", "<<", ">>", ">>>", "**"]) jsep.removeBinaryOp(op);
for (const op of ["!", "~", "+"]) jsep.removeUnaryOp(op);
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("in", 7);
jsep.addBinaryOp("??", 11);
jsep.addUnaryOp("not");

export type Node = jsep.Expression;

/** A syntax error at a character offset within the expression text. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Parse an expression of the rule language into a jsep AST. */
export function parseExpression(text: string): Node {
  try {
    return jsep(text);
  } catch (e) {
    const err = e as Error & { index?: number; description?: string };
    throw new ExpressionSyntaxError(err.description ?? err.message, err.index ?? 0);
  }
}

/** `person.birthDate` for a chain of plain member accesses, or undefined for anything else. */
export function fieldPath(node: Node): string | undefined {
  if (node.type === "Identifier") return node.name as string;
  if (node.type === "MemberExpression" && !node.computed) {
    const head = fieldPath(node.object as Node);
    return head && `${head}.${(node.property as Node).name as string}`;
  }
  return undefined;
}
