import type { Diagnostic } from "../../diagnostics.js";
import { defaultedFields } from "../caseAnalysis.js";
import { compiledExpressions, type RuleCheck, warning } from "./ruleCheck.js";

/**
 * A `??` default of a profile field must say what it assumes: a condition with `assumes:`; an amount has no
 * sentence to state it in, so a default there is always unstated (`rule/unstated-default`).
 */
export const unstatedDefault: RuleCheck = (c) => {
  const out: Diagnostic[] = [];
  const inAmount = new Map<string, Set<string>>();
  for (const { e, compiled } of compiledExpressions(c)) {
    const defaulted = compiled.ast
      ? defaultedFields(compiled.ast).filter((f) => c.catalogue.fields.has(f))
      : [];
    if (!defaulted.length) continue;
    if (e.part) {
      const seen = inAmount.get(e.part) ?? new Set<string>();
      for (const f of defaulted) seen.add(f);
      inAmount.set(e.part, seen);
    } else if (e.role === "condition" || e.role === "priority") {
      const list = e.role === "condition" ? "conditions" : "priority";
      if (c.rule[list]?.[e.path[1] as number]?.assumes) continue;
      out.push(
        warning(
          c.src.at(
            [...e.path],
            "rule/unstated-default",
            `\`${defaulted.join("`, `")}\` is defaulted with \`??\` but the condition does not say what it assumes (add \`assumes:\`)`,
          ),
        ),
      );
    }
  }
  for (const [part, fields] of inAmount)
    out.push(
      warning(
        c.src.at(
          ["amount", part],
          "rule/unstated-default",
          `\`${[...fields].join("`, `")}\` is defaulted with \`??\` in the amount, where no assumption can be stated: leave it unknown, or default it in a condition with \`assumes:\``,
        ),
      ),
    );
  return out;
};
