import { formatValue } from "../expr/values.js";
import { valueAt } from "./parameters.js";
import type { DatedValue, Program } from "./program.js";

/** One value a changed rule set (a `--param`, a draft directory) sets differently from the rules, from a date. */
export interface ValueChange {
  /** The changed program (its title and the parameter's label are the ones shown). */
  readonly program: Program;
  readonly parameter: string;
  /** The as-of date, or a later date from which the two differ. */
  readonly date: string;
  /** What the rules say (absent when they have no value then) and what the changed rules say. */
  readonly from?: DatedValue;
  readonly to?: DatedValue;
}

/**
 * Every value the changed programs set differently from the rules: on the as-of date, and from each later date
 * from which the two differ, so that a change inside a payment period is seen from when (never as `80% → 80%`).
 * A parameter in `named` (an undated `--param`) is shown on the as-of date even when it keeps the value, so a
 * change that changes nothing says so.
 */
export function valueChanges(
  rules: ReadonlyMap<string, Program>,
  changed: Iterable<Program>,
  asOf: string,
  named: ReadonlySet<string> = new Set(),
): ValueChange[] {
  const out: ValueChange[] = [];
  for (const after of changed) {
    const base = rules.get(after.id);
    if (base === after) continue;
    for (const [name, p] of after.parameters) {
      const old = base?.parameters.get(name);
      if (old === p) continue;
      const dates = [...new Set([asOf, ...[...p.values, ...(old?.values ?? [])].map((v) => v.since)])]
        .filter((d) => d >= asOf)
        .sort();
      const shown = (v: DatedValue | undefined) => (v === undefined ? "" : formatValue(v.value, p.unit));
      let last: string | undefined;
      for (const date of dates) {
        const [from, to] = [old && valueAt(old, date), valueAt(p, date)];
        const pair = `${shown(from)}\u0000${shown(to)}`;
        const differs = shown(from) !== shown(to);
        if (!(differs || (date === asOf && named.has(`${after.id}.${name}`))) || pair === last) continue;
        last = pair;
        out.push({ program: after, parameter: name, date, ...(from ? { from } : {}), ...(to ? { to } : {}) });
      }
    }
  }
  return out;
}
