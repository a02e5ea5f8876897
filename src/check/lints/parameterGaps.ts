import type { Diagnostic } from "../../diagnostics.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";

/**
 * A parameter whose first dated value starts after the program comes into force: on the days between, the
 * program is in force but the parameter has no value, and evaluation can only say "unknown" without a
 * field to ask for. A parameter whose earlier values no source publishes says so with `unpublished:` (the
 * explanation then gives that reason): that is a stated gap, not a mistake.
 */
export function parameterGaps({ rule, src }: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, p] of Object.entries(rule.parameters)) {
    const first = Object.keys(p.values).sort()[0];
    if (first === undefined || first <= rule.inForce.from || p.unpublished) continue;
    out.push(
      src.atKey(
        ["parameters", name, "values", first],
        "rule/parameter-gap",
        `\`${name}\` has no value from ${rule.inForce.from} (inForce.from) until ${first}: evaluation on those dates cannot decide; give a value from ${rule.inForce.from}, start the program later, or say why none is published (\`unpublished:\`)`,
      ),
    );
  }
  return out;
}
