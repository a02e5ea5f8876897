import type { Compiled } from "../expr/types.js";
import type { Value } from "../expr/values.js";
import { valueAt } from "../rules/parameters.js";
import type { DatedValue, Program } from "../rules/program.js";
import type { UsedParameter } from "./result.js";

/** The parameter values in force for one program on one date. */
export interface ParametersInForce {
  readonly values: ReadonlyMap<string, Value>;
  readonly dated: ReadonlyMap<string, DatedValue>;
  /**
   * Values past their horizon (`unknownFrom`): the law has certainly changed them, so they are not in
   * `values`; kept here as the last known value, to be shown as such.
   */
  readonly stale: ReadonlyMap<string, DatedValue>;
  /** The same date with every stale value still in force: what the last known values give. */
  lastKnown(): ParametersInForce;
  /** The parameters an expression reads, with their values in force (computed once per expression). */
  usedBy(expr: Compiled): readonly UsedParameter[];
  /** The named parameters with their values in force. */
  named(names: Iterable<string>): UsedParameter[];
}

const cache = new WeakMap<Program, Map<string, ParametersInForce>>();

/** Resolve (once per program and date) the value of every parameter on `asOf`. */
export function parametersInForce(program: Program, asOf: string, keepStale = false): ParametersInForce {
  let byDate = cache.get(program);
  if (!byDate) {
    byDate = new Map();
    cache.set(program, byDate);
  }
  const key = keepStale ? `${asOf}+` : asOf;
  let found = byDate.get(key);
  if (!found) {
    const values = new Map<string, Value>();
    const dated = new Map<string, DatedValue>();
    const stale = new Map<string, DatedValue>();
    for (const p of program.parameters.values()) {
      const v = valueAt(p, asOf);
      if (!v) continue;
      if (!keepStale && v.unknownFrom && v.unknownFrom.on <= asOf) {
        stale.set(p.name, v);
        continue;
      }
      values.set(p.name, v.value);
      dated.set(p.name, v);
    }
    const usedByExpr = new WeakMap<Compiled, UsedParameter[]>();
    const used = (names: Iterable<string>) => {
      const out: UsedParameter[] = [];
      for (const name of names) {
        const p = program.parameters.get(name);
        const v = dated.get(name);
        if (p && v) out.push({ name, label: p.label, unit: p.unit, ...v });
      }
      return out;
    };
    found = {
      values,
      dated,
      stale,
      lastKnown: () => parametersInForce(program, asOf, true),
      named: used,
      usedBy(expr) {
        let list = usedByExpr.get(expr);
        if (!list) {
          list = used(expr.params);
          usedByExpr.set(expr, list);
        }
        return list;
      },
    };
    byDate.set(key, found);
  }
  return found;
}
