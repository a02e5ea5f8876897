import type { Diagnostic } from "../../diagnostics.js";
import type { Node } from "../../expr/parse.js";
import type { LintContext } from "./lintContext.js";
import { calleeName, ruleExpressions, walk } from "./ruleExpressions.js";

/**
 * Money computed with a division that no `round(…)` encloses: `10000 / 12 * 12` is 9999.99999999999999999996,
 * shown as such in a table, as 10000 in JSON, and a fixture then fails with "expected 10000, got 10000".
 */
export function unroundedDivision({ rule, src }: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of ruleExpressions(rule)) {
    if (!e.money) continue;
    const divided = [...walk(e.ast)].some(
      ({ node, ancestors }) => isDivision(node) && !ancestors.some((a) => calleeName(a) === "round"),
    );
    if (divided)
      out.push({
        ...src.at(
          e.path,
          "rule/unrounded-division",
          'money computed with `/` and no round(…): a division rarely ends in whole fen; round explicitly, e.g. round(x / 12, 2, "half-up")',
        ),
        severity: "warning",
      });
  }
  return out;
}

function isDivision(node: Node): boolean {
  return node.type === "BinaryExpression" && node.operator === "/";
}
