import type { Diagnostic } from "../../diagnostics.js";
import { placeholdersIn } from "../placeholders.js";
import { compiledExpressions, type RuleCheck, type RuleCheckContext, warning } from "./ruleCheck.js";

/** The parameters and named values some expression reads or some sentence quotes. */
function usedNames(c: RuleCheckContext): Set<string> {
  const used = new Set<string>();
  for (const { compiled } of compiledExpressions(c)) for (const p of compiled.params) used.add(p);
  for (const s of c.outline.sentences) for (const name of placeholdersIn(s.text)) used.add(name);
  return used;
}

/** A parameter that nothing reads (`rule/unused-parameter`). */
export const unusedParameter: RuleCheck = (c) => {
  const used = usedNames(c);
  const out: Diagnostic[] = [];
  for (const name of c.program.parameters.keys())
    if (!used.has(name))
      out.push(
        warning(
          c.src.atKey(["parameters", name], "rule/unused-parameter", `parameter \`${name}\` is never used`),
        ),
      );
  return out;
};

/** A named value that no expression reads and no sentence quotes (`rule/unused-value`). */
export const unusedValue: RuleCheck = (c) => {
  const used = usedNames(c);
  return (c.program.named ?? [])
    .filter((n) => !used.has(n.name))
    .map((n) =>
      warning(
        c.src.atKey(["values", n.name], "rule/unused-value", `named value \`${n.name}\` is never used`),
      ),
    );
};
