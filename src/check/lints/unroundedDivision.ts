import type { Diagnostic } from "../../diagnostics.js";
import type { Node } from "../../expr/parse.js";
import { compiledExpressions, type RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { calleeName, walk } from "./astWalk.js";

/**
 * Money computed with a division that no `round(…)` encloses: `10000 / 12 * 12` is 9999.99999999999999999996,
 * shown as such in a table, as 10000 in JSON, and a fixture then fails with "expected 10000, got 10000". An error
 * (analyst F8): an amount must be exact to the fen (PRODUCT §5), and `high / 3` printed 1666.66666666666666666667元.
 */
export function unroundedDivision(c: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { e, compiled } of compiledExpressions(c)) {
    if (!e.money || !compiled.ast) continue;
    const divided = [...walk(compiled.ast)].some(
      ({ node, ancestors }) => isDivision(node) && !ancestors.some((a) => calleeName(a) === "round"),
    );
    if (divided)
      out.push({
        ...c.src.at(
          [...e.path],
          "rule/unrounded-division",
          'money computed with `/` and no round(…): a division rarely ends in whole fen; round explicitly, e.g. round(x / 12, 2, "half-up")',
        ),
        severity: "error",
      });
  }
  return out;
}

function isDivision(node: Node): boolean {
  return node.type === "BinaryExpression" && node.operator === "/";
}
