import type { Diagnostic } from "../diagnostics.js";
import { message, sayMessage } from "../messages/index.js";
import type { ParameterOverride } from "./overrides.js";
import type { Program } from "./program.js";

/**
 * A local table value that leaves out keys the value before it has (analyst3 F8: a 2024 standard for class 1
 * only made every class-2 person "missing" the region they gave). Read on the programs as loaded, so the value
 * before is the bundled one or another local one.
 */
export function overrideTableKeys(
  overrides: readonly ParameterOverride[],
  programs: ReadonlyMap<string, Program>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const o of overrides) {
    const values = programs.get(o.program)?.parameters.get(o.parameter)?.values ?? [];
    for (const v of o.values) {
      const before = values.filter((b) => b.since < v.since).at(-1);
      const keys = tableKeys(v.value);
      const earlier = before && tableKeys(before.value);
      if (!keys || !earlier || !o.at) continue;
      const left = earlier.filter((k) => !keys.includes(k));
      if (!left.length) continue;
      const says = message("ruleSet/tableKeysLeft", {
        parameter: o.parameter,
        date: v.since,
        keys: left.join(", "),
        since: before.since,
      });
      const at = o.valueAt?.(v.since) ?? o.at;
      out.push({
        ...at,
        code: "rule/table-keys",
        message: sayMessage("en", says),
        says,
        severity: "warning",
      });
    }
  }
  return out;
}

function tableKeys(value: unknown): string[] | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value) || value instanceof Date) return undefined;
  if ("eq" in value) return undefined;
  return Object.keys(value);
}
