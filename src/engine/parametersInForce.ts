import type { Value } from "../expr/values.js";
import { valueAt } from "../rules/parameters.js";
import type { DatedValue, Program } from "../rules/program.js";

/** The parameter values in force for one program on one date. */
export interface ParametersInForce {
  readonly values: ReadonlyMap<string, Value>;
  readonly dated: ReadonlyMap<string, DatedValue>;
}

const cache = new WeakMap<Program, Map<string, ParametersInForce>>();

/** Resolve (once per program and date) the value of every parameter on `asOf`. */
export function parametersInForce(program: Program, asOf: string): ParametersInForce {
  let byDate = cache.get(program);
  if (!byDate) {
    byDate = new Map();
    cache.set(program, byDate);
  }
  let found = byDate.get(asOf);
  if (!found) {
    const values = new Map<string, Value>();
    const dated = new Map<string, DatedValue>();
    for (const p of program.parameters.values()) {
      const v = valueAt(p, asOf);
      if (!v) continue;
      values.set(p.name, v.value);
      dated.set(p.name, v);
    }
    found = { values, dated };
    byDate.set(asOf, found);
  }
  return found;
}
