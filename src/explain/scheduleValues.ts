import Big from "big.js";
import type { AmountResult, UsedParameter } from "../engine/result.js";
import type { TotalRecord } from "../expr/explainRecord.js";
import type { TableValue, Value } from "../expr/values.js";
import type { Program } from "../rules/program.js";

/** A parameter value that takes effect within a payment schedule, with the table entry it is read at. */
export interface ScheduleValue {
  readonly used: UsedParameter;
  /** For a table parameter: the key the amount reads (`2` for class 2). */
  readonly key?: string;
}

/**
 * The values that take effect after a schedule's first month and by its last (a standard raised mid-way, a dated
 * what-if), for every parameter the amount reads: the amount's explanation shows the first month's values, and
 * these are the others the later months are paid at (PRODUCT §3: every value with its effective date).
 */
export function scheduleValues(a: AmountResult, program: Program): ScheduleValue[] {
  const runs = a.records?.find((r): r is TotalRecord => r.kind === "total")?.runs ?? [];
  const [first, last] = [runs[0]?.from, runs.at(-1)?.to];
  if (runs.length < 2 || !first || !last) return [];
  const read = new Map<string, string | undefined>();
  for (const rec of a.records ?? []) {
    if (rec.kind === "lookup") read.set(rec.table, rec.key);
    if (rec.kind === "arithmetic")
      for (const o of [rec.left, rec.right]) if (o.name && !read.has(o.name)) read.set(o.name, undefined);
  }
  for (const p of a.parameters) if (!read.has(p.name)) read.set(p.name, undefined);
  const out: ScheduleValue[] = [];
  for (const [name, key] of read) {
    const parameter = program.parameters.get(name);
    if (!parameter) continue;
    for (const v of parameter.values) {
      if (v.since <= `${first}-01` || v.since.slice(0, 7) > last) continue;
      const value = key === undefined ? v.value : entry(v.value, key);
      if (value === undefined) continue;
      const used: UsedParameter = {
        ...v,
        name: key === undefined ? name : `${name}[${key}]`,
        label: parameter.label,
        ...(parameter.unit ? { unit: parameter.unit } : {}),
        value,
      };
      out.push({ used, ...(key !== undefined ? { key } : {}) });
    }
  }
  return out;
}

function entry(table: Value, key: string): Value | undefined {
  if (typeof table !== "object" || table instanceof Date || table instanceof Big || Array.isArray(table))
    return undefined;
  return (table as TableValue)[key];
}
