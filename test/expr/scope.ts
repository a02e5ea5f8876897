import Big from "big.js";
import { notationSteps } from "../../src/explain/notation.js";
import { compileExpression, type ExpressionProblem } from "../../src/expr/compile.js";
import { parseExpression } from "../../src/expr/parse.js";
import { Collected, evalContext } from "../../src/expr/tracer.js";
import { type Compiled, type Declared, type Scope, T } from "../../src/expr/types.js";
import { formatIsoDate, type Outcome, parseIsoDate, Unknown, type Value } from "../../src/expr/values.js";

/** A few profile fields, typed like the field catalogue declares them. */
const FIELDS = new Map<string, Declared>([
  ["person.birthDate", { type: T.date }],
  ["person.sex", { type: { base: "string", values: ["male", "female"] } }],
  ["person.originalRetirementAge", { type: T.number, unit: "years" }],
  ["person.hukouRegion", { type: T.string }],
  ["person.povertyAlleviated", { type: T.boolean }],
  ["person.fullCivilCapacity", { type: T.boolean }],
  [
    "person.employmentDifficulty",
    { type: { base: "list", values: ["disabled", "veteran", "released-prisoner"] } },
  ],
  [
    "business.kind",
    { type: { base: "string", values: ["micro-enterprise", "individual-business", "other"] } },
  ],
  ["providentFund.base", { type: T.number, unit: "yuan/month" }],
  ["providentFund.ratio", { type: T.number, unit: "ratio" }],
  ["unemployment.contributionMonths", { type: T.number, unit: "months" }],
]);

/** A few parameters, as a rule file would declare them. */
const PARAMS = new Map<string, Declared>([
  ["minimumAge", { type: T.number, unit: "years" }],
  ["higherTierRate", { type: T.number, unit: "ratio" }],
  ["benefitStandard", { type: { base: "table", keys: ["1", "2", "3"], of: T.number }, unit: "yuan/month" }],
]);

const PARAM_VALUES = new Map<string, Value>([
  ["minimumAge", new Big(18)],
  ["higherTierRate", new Big("0.8")],
  ["benefitStandard", { "1": new Big(1755), "2": new Big(1656), "3": new Big(1575) }],
]);

export const scope: Scope = {
  field: (path) => FIELDS.get(path),
  fieldPaths: () => FIELDS.keys(),
  param: (name) => PARAMS.get(name),
  paramNames: () => PARAMS.keys(),
};

/** A calendar day (UTC midnight), the way profiles and `date("…")` produce them. */
export function day(iso: string): Date {
  return parseIsoDate(iso) as Date;
}

/** Check an expression; returns what was compiled and every problem found. */
export function check(text: string): { compiled: Compiled; problems: ExpressionProblem[] } {
  const problems: ExpressionProblem[] = [];
  const compiled = compileExpression(parseExpression(text), scope, problems);
  return { compiled, problems };
}

/** Compile (which must succeed cleanly) and evaluate against the given profile fields on a date. */
export function run(
  text: string,
  fields: Record<string, Value> = {},
  asOf = "2022-03-01",
  trace?: string[],
): Outcome {
  const { compiled, problems } = check(text);
  if (problems.length) throw new Error(`unexpected problems in ${text}: ${JSON.stringify(problems)}`);
  const tracer = trace ? new Collected() : undefined;
  const ctx = evalContext(new Map(Object.entries(fields)), PARAM_VALUES, day(asOf), undefined, tracer);
  try {
    return compiled.evaluate(ctx);
  } finally {
    if (trace && tracer) trace.push(...notationSteps(tracer.records, "en"));
  }
}

/** An outcome in a comparable shape: decimals as exact text, dates as YYYY-MM-DD, unknowns with their fields. */
export function shown(o: Outcome): unknown {
  if (o instanceof Unknown) return { unknown: [...o.fields] };
  if (o instanceof Big) return o.toString();
  if (o instanceof Date) return formatIsoDate(o);
  return o;
}
