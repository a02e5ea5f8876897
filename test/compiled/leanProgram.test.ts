import { readdirSync } from "node:fs";
import { join } from "node:path";
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compiledProgram } from "../../src/compiled/compiledProgram.js";
import { generateExpression, UNDECIDED } from "../../src/compiled/generateExpression.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { parseExpression } from "../../src/expr/parse.js";
import { loadFixtureFiles } from "../../src/fixtures/runFixtures.js";
import type { ScalarFieldDef } from "../../src/profile/fields.js";
import { profileFromData } from "../../src/profile/loadProfile.js";
import type { Profile } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import type { Program } from "../../src/rules/program.js";

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
const REGIONS = [
  "340104",
  "340100",
  "340000",
  "420102",
  "420100",
  "640121",
  "640104",
  "640000",
  "320703",
  "110105",
];

const isoDate = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

function scalarValue(def: ScalarFieldDef): fc.Arbitrary<unknown> {
  switch (def.type) {
    case "boolean":
      return fc.boolean();
    case "integer":
      // Small counts often, so thresholds (1, 6, 12 months) are met exactly as well as passed.
      return def.oneOf
        ? fc.constantFrom(...def.oneOf)
        : fc.oneof(
            fc.integer({ min: def.min ?? 0, max: Math.min(def.max ?? 14, 14) }),
            fc.integer({ min: def.min ?? 0, max: Math.min(def.max ?? 150, 150) }),
          );
    case "decimal":
      return def.max !== undefined && def.max <= 1
        ? fc.integer({ min: Math.round((def.min ?? 0) * 100), max: def.max * 100 }).map((n) => n / 100)
        : fc.integer({ min: 0, max: 3_000_000 }).map((n) => n / 100);
    case "date":
      return isoDate(1955, 2023);
    case "region":
      return fc.constantFrom(...REGIONS);
    case "enum":
      return fc.constantFrom(...(def.values ?? ["x"]));
    case "enum-list":
      return fc.subarray([...(def.values ?? [])]);
    case "text":
      return fc.constantFrom("个体经营", "note", "");
    case "id-number":
      return fc.constant(undefined);
  }
}

const profileData = fc.record(
  Object.fromEntries(
    Object.entries(catalogue.sections).map(([name, section]) => [
      name,
      fc.option(
        fc.record(
          Object.fromEntries(
            Object.entries(section.fields).map(([field, def]) => [
              field,
              def.type === "records"
                ? fc.array(
                    fc.record(
                      Object.fromEntries(Object.entries(def.fields).map(([k, d]) => [k, scalarValue(d)])),
                      { requiredKeys: [] },
                    ),
                    { maxLength: 3 },
                  )
                : scalarValue(def),
            ]),
          ),
          { requiredKeys: [] },
        ),
        { nil: undefined, freq: 3 },
      ),
    ]),
  ),
  { requiredKeys: [] },
);

function toProfile(data: unknown): Profile | undefined {
  const locate = (path: readonly (string | number)[], p: { code: string; message: string }): Diagnostic => ({
    file: "random",
    line: 1,
    col: 1,
    code: p.code,
    message: `${path.join(".")}: ${p.message}`,
    severity: "error",
  });
  return profileFromData(data, catalogue, locate).profile;
}

const big = (b: Big | null | undefined) => (b == null ? b : b.toString());
/** What a batch keeps of a result: the verdict, the money, what is missing, the caveats and the priority. */
function verdict(r: ProgramResult) {
  return {
    status: r.status,
    value: big(r.amount?.value),
    months: big(r.amount?.months),
    total: big(r.amount?.total),
    missing: r.missing,
    caveats: r.caveats?.map((c) => c.text),
    priority: r.priority?.result,
  };
}

describe("lean evaluator", () => {
  const lean = new Map(programs.map((p) => [p.id, leanEvaluator(p)]));

  it("equals the interpreter on random profiles and dates, for every bundled program", {
    timeout: SLOW,
  }, () => {
    fc.assert(
      fc.property(profileData, isoDate(2019, 2025), (data, date) => {
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

  it("leaves to the interpreter what only it can word: a missing field, a division by zero, a missing entry", () => {
    expect(run("a.b >= 1", {})).toBe(UNDECIDED);
    expect(run("a.b / a.c", { "a.b": new Big(1), "a.c": new Big(0) })).toBe(UNDECIDED);
    expect(run("t[a.b]", { "a.b": "9" }, { t: { "1": new Big(2) } })).toBe(UNDECIDED);
  });

  it("short-circuits as the interpreter does, and takes a default for a missing field", () => {
    expect(run("a.b or a.c", { "a.b": true })).toBe(true);
    expect(run("a.b and a.c", { "a.b": false })).toBe(false);
    expect(run("a.c or a.b", { "a.b": true })).toBe(UNDECIDED); // unknown or true: the interpreter says true
    expect(run("not (a.b ?? false)", {})).toBe(true);
  });

  it("computes exactly: 0.1 + 0.2 == 0.3 and a table entry times a rate", () => {
    expect(run("a.x + a.y == 0.3", { "a.x": new Big("0.1"), "a.y": new Big("0.2") })).toBe(true);
    // 1755 × 0.8 = 1404
    const v = run("s[a.k] * r", { "a.k": new Big(1) }, { s: { "1": new Big(1755) }, r: new Big("0.8") });
    expect(String(v)).toBe("1404");
  });

  it("does not generate what it does not know: a function call", () => {
    expect(generateExpression(parseExpression("age(a.b) >= 18"))).toBeUndefined();
  });
});

describe("compiled program", () => {
  const fast = new Map(programs.map((p) => [p.id, compiledProgram(p)]));
  /** Everything a result says that generated code could change: the verdict and each condition's outcome. */
  const said = (r: ProgramResult) => ({
    ...verdict(r),
    conditions: r.conditions.map((c) => [c.id, c.result, c.steps, c.seen]),
    amountSteps: r.amount?.steps,
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
