import { readdirSync } from "node:fs";
import { join } from "node:path";
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledProgram } from "../../src/compiled/compiledProgram.js";
import { generateExpression, UNDECIDED } from "../../src/compiled/generateExpression.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { amountSteps, notationSteps } from "../../src/explain/notation.js";
import { parseExpression } from "../../src/expr/parse.js";
import { loadFixtureFiles } from "../../src/fixtures/runFixtures.js";
import { loadRules } from "../../src/rules/loadRules.js";
import type { Program } from "../../src/rules/program.js";
import { toProfile as anyProfile, profileData as anyProfileData, isoDate } from "../arbitraries/profiles.js";

// Thousands of evaluations: on a machine shared by several test suites they may take far longer than usual.
const SLOW = 60_000;

/*
 * The lean evaluator (conditions generated as JavaScript, amounts remembered per distinct input) against the
 * interpreter, `evaluateProgram(…, { explain: false })`, on random profiles and dates for every bundled program:
 * status, amount (value, months, total), missing fields, caveats and priority must be the same.
 */
const rules = loadRules();
const programs = [...rules.programs.values()];
const catalogue = rules.fields;
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261206);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const profileData = anyProfileData(catalogue);
const toProfile = (data: unknown) => anyProfile(data, catalogue);

const big = (b: Big | null | undefined) => (b == null ? b : b.toString());
/**
 * What a batch keeps of a result: the verdict, the money, what is missing, the caveats, the priority, and which
 * conditions are unknown (a batch states an assumption only for a decided condition) — those the lean path lists
 * for every result of a program with stated assumptions, and for every result not ineligible.
 */
function verdict(r: ProgramResult) {
  const listed = r.status !== "ineligible" || r.program.conditions.some((c) => c.assumes);
  return {
    unknown: listed ? r.conditions.filter((c) => c.result === null).map((c) => c.id) : undefined,
    status: r.status,
    value: big(r.amount?.value),
    months: big(r.amount?.months),
    total: big(r.amount?.total),
    missing: r.missing,
    caveats: r.caveats?.map((c) => c.text),
    priority: r.priority?.result,
    lawUnknown: r.lawUnknown && {
      from: r.lawUnknown.from,
      ref: r.lawUnknown.ref,
      ifInForce: r.lawUnknown.ifInForce && big(r.lawUnknown.ifInForce.value),
    },
  };
}

describe("lean evaluator", () => {
  const lean = new Map(programs.map((p) => [p.id, leanEvaluator(p)]));

  it("equals the interpreter on random profiles and dates, for every bundled program", {
    timeout: SLOW,
  }, () => {
    fc.assert(
      fc.property(profileData, isoDate(2019, 2027), (data, date) => {
        const profile = toProfile(data);
        const asOf = asOfDate(date);
        if (!profile || !asOf) return;
        for (const program of programs) {
          const expected = verdict(evaluateProgram(program, profile, asOf, { explain: false }));
          // Twice: the second answer comes from the remembered amount.
          expect(verdict(lean.get(program.id)?.(profile, asOf) as ProgramResult)).toEqual(expected);
          expect(verdict(lean.get(program.id)?.(profile, asOf) as ProgramResult)).toEqual(expected);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("equals the interpreter on every bundled fixture case, for every bundled program", {
    timeout: SLOW,
  }, () => {
    const dir = new URL("../../rules/", import.meta.url).pathname;
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".test.yaml"))
      .map((f) => join(dir, f));
    const { loaded, diagnostics } = loadFixtureFiles(files, rules);
    expect(diagnostics).toEqual([]);
    let compared = 0;
    for (const { cases } of loaded)
      for (const { profile, asOf } of cases)
        for (const program of programs) {
          const expected = verdict(evaluateProgram(program, profile, asOf, { explain: false }));
          expect(verdict(lean.get(program.id)?.(profile, asOf) as ProgramResult)).toEqual(expected);
          compared++;
        }
    expect(compared).toBeGreaterThan(500);
  });

  it("generates every condition of the Ningxia unemployment subsidy", () => {
    const program = rules.programs.get("ningxia.unemployment-subsidy");
    const ungenerated = program?.conditions.filter((c) => !c.test.ast || !generateExpression(c.test.ast));
    expect(ungenerated?.map((c) => c.id)).toEqual([]);
  });
});

describe("generated expression", () => {
  const run = (text: string, fields: Record<string, unknown>, params: Record<string, unknown> = {}) => {
    const decide = generateExpression(parseExpression(text));
    if (!decide) throw new Error(`not generated: ${text}`);
    return decide(
      new Map(Object.entries(fields)) as never,
      new Map(Object.entries(params)) as never,
      new Date(0),
    );
  };

  it("leaves to the interpreter what only it can word: a division by zero, a missing entry", () => {
    expect(run("a.b / a.c", { "a.b": new Big(1), "a.c": new Big(0) })).toBe(UNDECIDED);
    expect(run("t[a.b]", { "a.b": "9" }, { t: { "1": new Big(2) } })).toBe(UNDECIDED);
  });

  it("short-circuits as the interpreter does, and takes a default for a missing field", () => {
    expect(run("a.b or a.c", { "a.b": true })).toBe(true);
    expect(run("a.b and a.c", { "a.b": false })).toBe(false);
    expect(run("a.c or a.b", { "a.b": true })).toBe(true); // unknown or true is true (test/unknown/)
    expect(run("not (a.b ?? false)", {})).toBe(true);
  });

  it("records the field whose default it took, as the interpreter's tracer does", () => {
    const decide = generateExpression(parseExpression("(a.b ?? false) or (a.c ?? true)"));
    const taken = new Set<string>();
    expect(decide?.(new Map() as never, new Map(), new Date(0), taken)).toBe(true);
    expect([...taken]).toEqual(["a.b", "a.c"]);
    taken.clear();
    expect(decide?.(new Map([["a.b", true]]) as never, new Map(), new Date(0), taken)).toBe(true);
    expect([...taken]).toEqual([]);
  });

  it("computes exactly: 0.1 + 0.2 == 0.3 and a table entry times a rate", () => {
    expect(run("a.x + a.y == 0.3", { "a.x": new Big("0.1"), "a.y": new Big("0.2") })).toBe(true);
    // 1755 × 0.8 = 1404
    const v = run("s[a.k] * r", { "a.k": new Big(1) }, { s: { "1": new Big(1755) }, r: new Big("0.8") });
    expect(String(v)).toBe("1404");
  });

  it("calls the rule language's functions with known arguments exactly as the interpreter does", () => {
    const text = 'addYears(a.d, 1) > date("2021-01-01")';
    // 2020-01-01 + 1 year = 2021-01-01, not after 2021-01-01; 2020-01-02 + 1 year = 2021-01-02, after it
    expect(run(text, { "a.d": new Date(Date.UTC(2020, 0, 1)) })).toBe(false);
    expect(run(text, { "a.d": new Date(Date.UTC(2020, 0, 2)) })).toBe(true);
    // A man born 1970-03-15: (1970 − 1965) × 12 + 2 = 62 months after the first delayed cohort, so 62 ÷ 4 → 15,
    // + 1 = 16 months of delay; 60 years 16 months after birth is 2031-07-15, a year later 2032-07-15.
    const retired = 'addYears(retirementDate(a.d, "male", 55), 1) == date("2032-07-15")';
    expect(run(retired, { "a.d": new Date(Date.UTC(1970, 2, 15)) })).toBe(true);
  });

  it("does not generate what it does not know: a count of a filter, an unknown function", () => {
    expect(generateExpression(parseExpression("count(f) >= 1"))).toBeUndefined();
    expect(generateExpression(parseExpression("age(a.b) >= 18"))).toBeUndefined();
  });
});

describe("compiled program", () => {
  const fast = new Map(programs.map((p) => [p.id, compiledProgram(p)]));
  /** Everything a result says that generated code could change: the verdict and each condition's outcome. */
  const said = (r: ProgramResult) => ({
    ...verdict(r),
    conditions: r.conditions.map((c) => [c.id, c.result, notationSteps(c.records, "en"), c.seen]),
    amountSteps: r.amount && amountSteps(r.amount, "en"),
  });

  it("evaluates as the program itself, with and without explanation, on random profiles", {
    timeout: SLOW,
  }, () => {
    fc.assert(
      fc.property(profileData, isoDate(2019, 2025), fc.boolean(), (data, date, explain) => {
        const profile = toProfile(data);
        const asOf = asOfDate(date);
        if (!profile || !asOf) return;
        for (const program of programs) {
          const expected = said(evaluateProgram(program, profile, asOf, { explain }));
          const got = said(evaluateProgram(fast.get(program.id) as Program, profile, asOf, { explain }));
          expect(got).toEqual(expected);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
