import type { Diagnostic } from "../../diagnostics.js";
import { MONEY } from "../../expr/units.js";
import { message, sayMessage } from "../../messages/index.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";

/**
 * A money value whose `ref` names none of the file's sources (analyst3 F9: `ref: "科长口头说的"` passed, and the
 * case report listed it as a 政策依据). Elsewhere a free-text ref is allowed; an amount must rest on a source with
 * title, url and quote, or say that none is published (`amountNote`, an `unpublished` parameter).
 */
export function amountSources(c: RuleCheckContext): Diagnostic[] {
  const ids = new Set(c.rule.sources.map((s) => s.id));
  const out: Diagnostic[] = [];
  for (const [name, p] of Object.entries(c.rule.parameters)) {
    if (!p.unit || !MONEY.has(p.unit)) continue;
    for (const [date, v] of Object.entries(p.values)) {
      if (ids.has(v.ref)) continue;
      const says = message("ruleSet/amountUnsourced", { parameter: name, date, ref: v.ref });
      const path = ["parameters", name, "values", date, "ref"];
      out.push({ ...c.src.at(path, "rule/amount-unsourced", sayMessage("en", says)), says });
    }
  }
  return out;
}
