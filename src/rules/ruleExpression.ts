import type { Diagnostic } from "../diagnostics.js";
import { compileExpression, type ExpressionProblem } from "../expr/compile.js";
import { ExpressionSyntaxError, type Node, parseExpression } from "../expr/parse.js";
import type { Compiled, Scope } from "../expr/types.js";
import { withNamedInputs } from "./namedValues.js";
import type { OutlineExpression } from "./outline.js";
import type { Locator, NamedValue } from "./types.js";

/** An expression that did not parse: it stands in so the rest of the file is still checked. */
const BROKEN: Compiled = { type: { base: "any" }, fields: [], params: [], evaluate: () => false };

/**
 * Parse and compile one expression of the outline in `scope`, checking the type its role wants; problems are
 * located at the name they are about (or the start of the expression) and pushed onto `diagnostics`. `parse`
 * may give a tree parsed before (the build's, for a bundled rule).
 */
export function compileRuleExpression(
  e: OutlineExpression,
  scope: Scope,
  src: Locator,
  named: readonly NamedValue[],
  diagnostics: Diagnostic[],
  parse: (text: string) => Node = parseExpression,
): Compiled {
  const { text, wanted } = e;
  const path = [...e.path];
  const problems: ExpressionProblem[] = [];
  try {
    const ast = parse(text);
    const compiled = compileExpression(ast, scope, problems);
    if (wanted && compiled.type.base !== wanted && compiled.type.base !== "any")
      problems.push({
        code: "expr/type",
        message: `expected a ${wanted} expression, got ${compiled.type.base}`,
      });
    if (problems.length) {
      const start = src.textOffsetOf(path);
      for (const p of problems) {
        const at = p.name ? text.indexOf(p.name) : -1;
        const offset = at >= 0 ? src.offsetInScalar(path, at) : start;
        diagnostics.push(src.diagnosticAt(offset, p.code, p.message, path));
      }
    }
    return withNamedInputs({ ...compiled, text, ast }, named);
  } catch (e) {
    if (!(e instanceof ExpressionSyntaxError)) throw e;
    diagnostics.push(src.diagnosticAt(src.offsetInScalar(path, e.index), e.code, e.message, path));
    return BROKEN;
  }
}
