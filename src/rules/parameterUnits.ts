import Big from "big.js";
import type { Bilingual } from "../diagnostics.js";
import type { Value } from "../expr/values.js";

/** What a unit allows a number to be: whole, and within bounds (inclusive). */
type UnitRule = { readonly whole: boolean; readonly min?: number; readonly max?: number };

/**
 * The units of parameters and what their values may be. A unit not listed here constrains nothing.
 * Documented in docs/limits.md; the same check runs on rule files, `overrides:` files and `--param`.
 */
export const UNIT_RULES: Readonly<Record<string, UnitRule>> = {
  months: { whole: true, min: 0 },
  years: { whole: true, min: 0 },
  days: { whole: true, min: 0 },
  ratio: { whole: false, min: 0, max: 1 },
  yuan: { whole: false, min: 0 },
  "yuan/month": { whole: false, min: 0 },
};

/** Why `value` cannot be a value of a parameter in `unit`, or undefined when it can (tables: each entry). */
export function unitProblem(unit: string | undefined, value: Value): Bilingual | undefined {
  const rule = unit === undefined ? undefined : UNIT_RULES[unit];
  if (!rule) return undefined;
  if (value instanceof Big) return numberProblem(unit as string, rule, value);
  if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
    for (const [key, entry] of Object.entries(value)) {
      const problem = entry instanceof Big ? numberProblem(unit as string, rule, entry) : undefined;
      if (problem) return { en: `[${key}]: ${problem.en}`, zh: `[${key}]：${problem.zh}` };
    }
  }
  return undefined;
}

function numberProblem(unit: string, rule: UnitRule, n: Big): Bilingual | undefined {
  if (rule.whole && !n.round(0, Big.roundDown).eq(n))
    return { en: `${n} ${unit} is not a whole number`, zh: `${n}（${unit}）不是整数` };
  if (rule.min !== undefined && n.lt(rule.min))
    return { en: `${n} ${unit} is below ${rule.min}`, zh: `${n}（${unit}）小于 ${rule.min}` };
  if (rule.max !== undefined && n.gt(rule.max))
    return { en: `${n} ${unit} is above ${rule.max}`, zh: `${n}（${unit}）大于 ${rule.max}` };
  return undefined;
}
