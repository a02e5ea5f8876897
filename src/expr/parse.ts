import jsep from "jsep";
import { LIMITS } from "../limits.js";

// jsep's operator tables are process-global: this is the one module that configures them.
for (const op of ["||", "&&", "|", "^", "&", "===", "!==", "<<", ">>", ">>>", "**"]) jsep.removeBinaryOp(op);
for (const op of ["!", "~", "+"]) jsep.removeUnaryOp(op);
jsep.addBinaryOp("or", 1);
jsep.addBinaryOp("and", 2);
jsep.addBinaryOp("in", 7);
jsep.addBinaryOp("??", 11);
jsep.addUnaryOp("not");

export type Node = jsep.Expression;

/** A syntax error (or an expression past the size limits) at a character offset within the expression text. */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
    readonly code: "expr/syntax" | "expr/too-large" = "expr/syntax",
  ) {
    super(message);
  }
}

const tooLarge = (message: string, index: number) =>
  new ExpressionSyntaxError(message, index, "expr/too-large");

/**
 * Parse an expression of the rule language into a jsep AST. Expressions past LIMITS (characters, nesting,
 * nodes) are refused before they can exhaust the stack of the parser or the compiler (`expr/too-large`).
 */
export function parseExpression(text: string): Node {
  if (text.length > LIMITS.expressionChars)
    throw tooLarge(
      `the expression has ${text.length} characters; at most ${LIMITS.expressionChars} are allowed — split it into parameters or cases`,
      LIMITS.expressionChars,
    );
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    if (depth > LIMITS.expressionDepth)
      throw tooLarge(`brackets nested deeper than ${LIMITS.expressionDepth}`, i);
  }
  let ast: Node;
  try {
    ast = jsep(text);
  } catch (e) {
    const err = e as Error & { index?: number; description?: string };
    throw new ExpressionSyntaxError(err.description ?? err.message, err.index ?? 0);
  }
  checkSize(ast);
  return ast;
}

/** Count nodes and depth without recursion (the tree of a long sum is as deep as it is long). */
function checkSize(ast: Node): void {
  const stack: [Node, number][] = [[ast, 1]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop() as [Node, number];
    nodes++;
    if (nodes > LIMITS.expressionNodes)
      throw tooLarge(
        `the expression has more than ${LIMITS.expressionNodes} terms; split it into parameters or cases`,
        0,
      );
    if (depth > LIMITS.expressionDepth)
      throw tooLarge(`the expression is nested deeper than ${LIMITS.expressionDepth} operators`, 0);
    for (const value of Object.values(node))
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === "object" && typeof (child as Node).type === "string")
          stack.push([child as Node, depth + 1]);
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
