import Big from "big.js";
import type { Value } from "../expr/values.js";
import { type Lang, type Message, message, say, sayMessage } from "../messages/index.js";

/** Why a value cannot be a parameter's: what is wrong, and the table entry it is wrong in. */
export interface UnitProblem {
  readonly says: Message;
  readonly key?: string;
}

/** A unit problem in `lang`: `[1]: -6 months is below 0`. */
export function unitProblemIn(p: UnitProblem, lang: Lang): string {
  const problem = sayMessage(lang, p.says);
  return p.key === undefined ? problem : say(lang, "words/unit-entry", { key: p.key, problem });
}

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
export function unitProblem(unit: string | undefined, value: Value): UnitProblem | undefined {
  const rule = unit === undefined ? undefined : UNIT_RULES[unit];
  if (!rule) return undefined;
  if (value instanceof Big) {
    const says = numberProblem(unit as string, rule, value);
    return says && { says };
  }
  if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
    for (const [key, entry] of Object.entries(value)) {
      const problem = entry instanceof Big ? numberProblem(unit as string, rule, entry) : undefined;
      if (problem) return { says: problem, key };
    }
  }
  return undefined;
}

function numberProblem(unit: string, rule: UnitRule, n: Big): Message | undefined {
  const at = { n: n.toString(), unit };
  if (rule.whole && !n.round(0, Big.roundDown).eq(n)) return message("words/unit-not-whole", at);
  if (rule.min !== undefined && n.lt(rule.min))
    return message("words/unit-below", { ...at, bound: rule.min });
  if (rule.max !== undefined && n.gt(rule.max))
    return message("words/unit-above", { ...at, bound: rule.max });
  return undefined;
}
