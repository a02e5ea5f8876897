import Big from "big.js";
import { addMonths } from "date-fns";
import type { AsOf } from "../engine/evaluateProgram.js";
import { parametersInForce } from "../engine/parametersInForce.js";
import type { Value } from "../expr/values.js";
import type { FieldDef, ScalarFieldDef } from "../profile/fields.js";
import { isRegionCode } from "../regions/regions.js";
import type { Program } from "../rules/program.js";

/**
 * The values a one-step lookahead tries for a field. `ordered` domains (numbers, dates) are cut into
 * intervals afterwards: neighbouring values with the same outcome count as one answer, so a field is not
 * favoured for having many sample points.
 */
export interface Domain {
  readonly values: readonly Value[];
  readonly ordered: boolean;
}

/** How far back (and forward) a date answer is tried: a birth date of a 100-year-old, a licence next year. */
const MONTHS_BACK = 100 * 12;
const MONTHS_AHEAD = 24;
/** A region code outside every program's jurisdiction, to try "somewhere else". */
const ELSEWHERE = ["110101", "650102", "460105"];

/** Sample values for `def`, with thresholds taken from the parameters in force of the programs that read it. */
export function valueDomain(
  def: FieldDef | ScalarFieldDef,
  programs: readonly Program[],
  asOf: AsOf,
): Domain {
  switch (def.type) {
    case "boolean":
      return { values: [true, false], ordered: false };
    case "enum":
      return { values: def.values ?? [], ordered: false };
    case "enum-list":
      return { values: [[], ...(def.values ?? []).map((v) => [v])], ordered: false };
    case "integer":
    case "decimal":
      return { values: numberSamples(def, programs, asOf), ordered: true };
    case "date":
      return { values: dateSamples(asOf), ordered: true };
    case "region":
      return { values: regionSamples(programs, asOf), ordered: false };
    case "records":
      // No list is typical; "none" and "one whose details are still unknown" tell whether the list matters.
      return { values: [[], [{}]], ordered: false };
    default:
      return { values: [], ordered: false };
  }
}

function numbersIn(value: Value, out: Big[]): void {
  if (value instanceof Big) out.push(value);
  else if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date))
    for (const v of Object.values(value)) numbersIn(v as Value, out);
}

function numberSamples(def: ScalarFieldDef | FieldDef, programs: readonly Program[], asOf: AsOf): Big[] {
  if (def.oneOf) return def.oneOf.map((n) => new Big(n));
  const pivots: Big[] = [];
  for (const p of programs)
    for (const v of parametersInForce(p, asOf.text).values.values()) numbersIn(v, pivots);
  const step = new Big(def.type === "integer" ? 1 : "0.01");
  const top = pivots.reduce((a, b) => (a.gt(b) ? a : b), new Big(1));
  const samples = [
    new Big(0),
    top.times(2).plus(step),
    ...pivots.flatMap((p) => [p.minus(step), p, p.plus(step)]),
  ];
  const inRange = samples.filter(
    (n) =>
      (def.min === undefined || n.gte(def.min)) &&
      (def.max === undefined || n.lte(def.max)) &&
      (def.type !== "integer" || n.round(0).eq(n)),
  );
  const unique = new Map(inRange.map((n) => [n.toString(), n]));
  return [...unique.values()].sort((a, b) => a.cmp(b));
}

function dateSamples(asOf: AsOf): Date[] {
  const out: Date[] = [];
  for (let k = -MONTHS_BACK; k <= MONTHS_AHEAD; k++) out.push(addMonths(asOf.date, k));
  return out;
}

function regionSamples(programs: readonly Program[], asOf: AsOf): string[] {
  const codes = new Set<string>();
  for (const p of programs) {
    codes.add(p.jurisdiction.code);
    // Region-keyed tables (a wage class per county) decide amounts: try each county they name.
    for (const v of parametersInForce(p, asOf.text).values.values())
      if (v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Big))
        for (const key of Object.keys(v)) if (/^\d{6}$/.test(key)) codes.add(key);
  }
  const elsewhere = ELSEWHERE.find(
    (c) => isRegionCode(c) && ![...codes].some((j) => j.slice(0, 2) === c.slice(0, 2)),
  );
  if (elsewhere) codes.add(elsewhere);
  return [...codes].filter(isRegionCode);
}
