import type { Diagnostic } from "../../diagnostics.js";
import type { Node } from "../../expr/parse.js";
import { compiledExpressions, type RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { calleeName, walk } from "./astWalk.js";

const BETWEEN = new Set(["yearsBetween", "monthsBetween", "daysBetween"]);

/**
 * `monthsBetween(from, to)` counts from the first date to the second, and is negative when the first is later.
 * `monthsBetween(asOf, person.birthDate)` (the evaluation date first, a date the profile records second, which
 * is almost always in the past) is then negative: very likely the arguments are swapped.
 */
export function betweenOrder(c: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { e, compiled } of compiledExpressions(c))
    for (const { node } of compiled.ast ? walk(compiled.ast) : []) {
      const name = calleeName(node);
      if (!name || !BETWEEN.has(name)) continue;
      const [first, second] = node.arguments as Node[];
      if (first?.type === "Identifier" && first.name === "asOf" && second?.type === "MemberExpression")
        out.push({
          ...c.src.at(
            [...e.path],
            "rule/between-order",
            `${name}(asOf, …) counts backwards from the evaluation date and is negative for a past date; did you mean ${name}(<the profile's date>, asOf)?`,
          ),
          severity: "warning",
        });
    }
  return out;
}
