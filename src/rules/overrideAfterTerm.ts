import type { Diagnostic } from "../diagnostics.js";
import { message, sayMessage } from "../messages/index.js";
import type { ParameterOverride } from "./overrides.js";
import type { Program } from "./program.js";

/**
 * A local value dated after the program's term ends (analyst3 E13): it can never apply. An analyst who meant to
 * extend the program gets not-applicable with no hint; extending is a replacement rule with a later `inForce.to`.
 */
export function overrideAfterTerm(
  overrides: readonly ParameterOverride[],
  programs: ReadonlyMap<string, Program>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of overrides) {
    const to = programs.get(o.program)?.inForce.to;
    if (!to || !o.at) continue;
    for (const v of o.values) {
      if (v.since <= to) continue;
      const says = message("ruleSet/valueAfterTerm", {
        parameter: o.parameter,
        date: v.since,
        program: o.program,
        to,
      });
      const at = o.valueAt?.(v.since) ?? o.at;
      out.push({
        ...at,
        code: "rule/value-after-term",
        message: sayMessage("en", says),
        says,
        severity: "warning",
      });
    }
  }
  return out;
}
