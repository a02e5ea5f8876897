import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateExpression, UNDECIDED } from "../../src/compiled/generateExpression.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import { withNamedValues } from "../../src/engine/namedValues.js";
import { parametersInForce } from "../../src/engine/parametersInForce.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { parseExpression } from "../../src/expr/parse.js";
import { evalContext } from "../../src/expr/tracer.js";
import { formatIsoDate, type Outcome, Unknown, type Value } from "../../src/expr/values.js";
import type { Profile } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { toProfile as anyProfile, profileData as anyProfileData, isoDate } from "../arbitraries/profiles.js";

// Thousands of evaluations: on a machine shared by several test suites they may take far longer than usual.
const SLOW = 60_000;
const rules = loadRules();
const programs = [...rules.programs.values()];
const catalogue = rules.fields;
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261207);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const profileData = anyProfileData(catalogue);
const allFields = Object.entries(catalogue.sections).flatMap(([s, section]) =>
  Object.keys(section.fields).map((f) => `${s}.${f}`),
);

/** The profile without the fields chosen to be left out (their sections stay: the rules still apply). */
function without(profile: Profile, absent: readonly string[]): Profile {
  const fields = new Map(profile.fields);
  for (const f of absent) fields.delete(f);
  return { fields, sections: profile.sections };
}

/** An outcome as comparable data: an unknown is its fields (in order) and its bounds. */
function plain(v: Outcome | typeof UNDECIDED): unknown {
  if (v instanceof Unknown) return { unknown: v.fields, range: v.range };
  if (v instanceof Big) return v.toString();
  if (v instanceof Date) return formatIsoDate(v);
  return v;
}

function verdict(r: ProgramResult) {
  return {
    status: r.status,
    value: r.amount?.value?.toString(),
    total: r.amount?.total?.toString(),
    missing: r.missing,
    unknown: r.conditions.filter((c) => c.result === null).map((c) => c.id),
    caveats: r.caveats?.map((c) => c.text),
    priority: r.priority?.result,
    lawUnknown: r.lawUnknown?.from,
  };
}

describe("generated code with blank fields", () => {
  const run = (text: string, fields: Record<string, Value>) => {
    const decide = generateExpression(parseExpression(text));
    if (!decide) throw new Error(`not generated: ${text}`);
    return plain(decide(new Map(Object.entries(fields)), new Map(), new Date(0)));
  };
  const unknown = (...fields: string[]) => ({ unknown: fields, range: undefined });

  it("builds the unknown naming a blank field itself, through comparisons and arithmetic", () => {
    expect(run("a.b >= 1", {})).toEqual(unknown("a.b"));
    expect(run('not (a.s == "x")', {})).toEqual(unknown("a.s"));
    expect(run("a.x + a.y > 3", { "a.y": new Big(1) })).toEqual(unknown("a.x"));
    // Both sides blank: the fields in the order the interpreter reads them (left, then right).
    expect(run("a.y - a.x > 3", {})).toEqual(unknown("a.y", "a.x"));
    expect(run('a.s in ["x", "y"]', {})).toEqual(unknown("a.s"));
  });

  it("keeps the interpreter's three-valued and/or: false and unknown is false, true or unknown is true", () => {
    expect(run("a.b and a.c", { "a.c": false })).toBe(false);
    expect(run("a.b or a.c", { "a.c": true })).toBe(true);
    expect(run("a.b and a.c", { "a.c": true })).toEqual(unknown("a.b"));
    expect(run("a.b or a.c", {})).toEqual(unknown("a.b", "a.c"));
    expect(run("(a.b or a.c) and (a.c or a.d)", {})).toEqual(unknown("a.b", "a.c", "a.d"));
  });

  it("calls a function of a blank field as the interpreter does, bounds included", () => {
    expect(run('addYears(a.d, 1) > date("2021-01-01")', {})).toEqual(unknown("a.d"));
    // A date beyond what a Date holds is the unknown the interpreter's call gives.
    expect(run('addYears(a.d, 300000) > date("2021-01-01")', { "a.d": new Date(0) })).toEqual(
      unknown("date:out-of-range"),
    );
    // Born 1960-05-10, sex blank: retirement between 2010-05-10 (a woman at 50) and 2020-05-10 (a man at 60),
    // both before 2021-01-01, so decided without the sex; 1965-05-10 gives 2015…2025: unknown, naming the sex.
    const retires = 'retirementDate(a.d, a.s, 50) < date("2021-01-01")';
    expect(run(retires, { "a.d": new Date(Date.UTC(1960, 4, 10)) })).toBe(true);
    expect(run(retires, { "a.d": new Date(Date.UTC(1965, 4, 10)) })).toEqual(unknown("a.s"));
  });

  it("still leaves to the interpreter an unknown default", () => {
    expect(run("(a.b ?? a.c) > 1", {})).toBe(UNDECIDED);
  });

  it("equals the interpreter's closure on every bundled expression, whichever fields are blank", {
    timeout: SLOW,
  }, () => {
    const expressions = programs.flatMap((program) =>
      program.conditions.flatMap((c) => {
        const decide = c.test.ast && generateExpression(c.test.ast);
        return decide ? [{ program, test: c.test, decide }] : [];
      }),
    );
    expect(expressions.length).toBeGreaterThan(30);
    let decided = 0;
    fc.assert(
      fc.property(profileData, fc.subarray(allFields), isoDate(2019, 2027), (data, absent, date) => {
        const profile = without(anyProfile(data, catalogue), absent);
        const asOf = asOfDate(date);
        if (!asOf) return;
        for (const { program, test, decide } of expressions) {
          const params = parametersInForce(program, date).values;
          const ctx = withNamedValues(program, evalContext(profile.fields, params, asOf.date));
          const got = decide(profile.fields, ctx.params, ctx.asOf);
          if (got === UNDECIDED) continue;
          if (got instanceof Unknown) decided++;
          expect(plain(got)).toEqual(plain(test.evaluate(ctx)));
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The point of the change: unknowns are decided here, not merely passed on.
    expect(decided).toBeGreaterThan(RUNS);
  });

  it("gives the interpreter's results through the lean evaluator, whichever fields are blank", {
    timeout: SLOW,
  }, () => {
    const lean = new Map(programs.map((p) => [p.id, leanEvaluator(p)]));
    fc.assert(
      fc.property(profileData, fc.subarray(allFields), isoDate(2019, 2027), (data, absent, date) => {
        const profile = without(anyProfile(data, catalogue), absent);
        const asOf = asOfDate(date);
        if (!asOf) return;
        for (const program of programs) {
          const expected = verdict(evaluateProgram(program, profile, asOf, { explain: false }));
          const got = lean.get(program.id)?.(profile, asOf) as ProgramResult;
          expect({ ...verdict(got), unknown: expected.unknown }).toEqual(expected);
          if (got.status !== "ineligible") expect(verdict(got).unknown).toEqual(expected.unknown);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
