import { readFileSync } from "node:fs";
import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { asOfDate } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { evaluationToJson } from "../../src/explain/json.js";
import type { ScalarFieldDef } from "../../src/profile/fields.js";
import { loadRules } from "../../src/rules/loadRules.js";
import {
  toProfile as anyProfile,
  profileData as anyProfileData,
  isoDate,
  scalarValue,
} from "../arbitraries/profiles.js";

/*
 * Properties of evaluation over random profiles and dates (fast-check, seeded so a failure reproduces):
 * it never throws, `undetermined` always names what is missing, answering a missing question never turns a
 * decided status into another, the same input gives the same output, and amounts are exact to the fen.
 */
const rules = loadRules();
const programs = [...rules.programs.values()];
const catalogue = rules.fields;
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261130);
// FC_RUNS (or the older BUTIE_PROPERTY_RUNS) sets how many random cases each property tries; `npm run test:long`
// runs them with many more than the default, which keeps `npm test` short.
const RUNS = Number(process.env.FC_RUNS ?? process.env.BUTIE_PROPERTY_RUNS ?? 150);

const profileData = anyProfileData(catalogue);
const toProfile = (data: unknown) => anyProfile(data, catalogue);

/**
 * Fields a rule reads with a stated assumption (`x ?? false`: "未填写时按未领满计"): the rule decides without
 * them on purpose, so answering them may change the decision. Every other field is left out of the property.
 */
const ASSUMED = new Set(
  [...rules.programs.values()].flatMap((p) =>
    [...readFileSync(p.file, "utf8").matchAll(/([a-z]+\.[a-zA-Z]+) \?\?/g)].map((m) => m[1] as string),
  ),
);

const asOf = isoDate(2019, 2026).map((d) => asOfDate(d) as NonNullable<ReturnType<typeof asOfDate>>);
const params = { seed: SEED, numRuns: RUNS };

describe("evaluation properties", () => {
  it("never throws, for any profile and as-of date, and renders as JSON", () => {
    fc.assert(
      fc.property(profileData, asOf, (data, date) => {
        const evaluation = evaluate(programs, toProfile(data), date);
        expect(evaluation.results).toHaveLength(programs.length);
        expect(() => JSON.stringify(evaluationToJson(evaluation, catalogue, "zh"))).not.toThrow();
      }),
      params,
    );
  }, 120_000);

  it("undetermined always names what is missing, or that the law past its horizon is unknown", () => {
    fc.assert(
      fc.property(profileData, asOf, (data, date) => {
        for (const r of evaluate(programs, toProfile(data), date).results)
          if (r.status === "undetermined" && !r.lawUnknown) expect(r.missing, r.program.id).not.toEqual([]);
      }),
      params,
    );
  }, 120_000);

  it("answering a missing question never turns a decided status into another", () => {
    const negative = (s: string) => (s === "ineligible" || s === "not-applicable" ? "not eligible" : s);
    const withAnswer = profileData.chain((data) => {
      const open = Object.entries(data).flatMap(([section, body]) =>
        body
          ? Object.entries(catalogue.sections[section]?.fields ?? {})
              .filter(
                ([field, def]) =>
                  body[field] === undefined &&
                  def.type !== "id-number" &&
                  !ASSUMED.has(`${section}.${field}`),
              )
              .map(([field]) => [section, field] as const)
          : [],
      );
      if (!open.length) return fc.constant({ data, filled: data });
      return fc.constantFrom(...open).chain(([section, field]) => {
        const def = catalogue.sections[section]?.fields[field];
        const value = def?.type === "records" ? fc.constant([]) : scalarValue(def as ScalarFieldDef);
        return value.map((v) => ({ data, filled: { ...data, [section]: { ...data[section], [field]: v } } }));
      });
    });
    fc.assert(
      fc.property(withAnswer, asOf, ({ data, filled }, date) => {
        // An answer that contradicts a fact already given is refused and asked again (factRelations.ts).
        fc.pre(readable(filled));
        const before = evaluate(programs, toProfile(data), date).results;
        const after = evaluate(programs, toProfile(filled), date).results;
        before.forEach((r, i) => {
          const now = after[i] as ProgramResult;
          // Ineligible and not-applicable are one decision ("you do not get it"): a region given later may
          // say which of the two, never that the person gets it or that it is open again.
          if (r.status !== "undetermined")
            expect(negative(now.status), r.program.id).toBe(negative(r.status));
          if (r.status === "eligible" && r.amount?.value)
            expect(now.amount?.value?.eq(r.amount.value)).toBe(true);
        });
      }),
      params,
    );
  }, 120_000);

  it("is deterministic: the same profile and date give the same result", () => {
    fc.assert(
      fc.property(profileData, asOf, (data, date) => {
        const once = evaluationToJson(evaluate(programs, toProfile(data), date), catalogue, "en");
        const again = evaluationToJson(evaluate(programs, toProfile(data), date), catalogue, "en");
        expect(again).toEqual(once);
      }),
      { ...params, numRuns: Math.ceil(RUNS / 3) },
    );
  }, 120_000);

  it("amounts are exact to the fen, and a total is the sum of the monthly schedule", () => {
    const fen = (b: Big | null | undefined) => b === null || b === undefined || b.times(100).mod(1).eq(0);
    fc.assert(
      fc.property(profileData, asOf, (data, date) => {
        for (const r of evaluate(programs, toProfile(data), date).results as ProgramResult[]) {
          const a = r.amount;
          if (!a) continue;
          expect(fen(a.value), `${r.program.id} ${a.value}`).toBe(true);
          expect(fen(a.total), `${r.program.id} ${a.total}`).toBe(true);
          totalIsTheSchedulesSum(a, r.program.id);
        }
      }),
      params,
    );
  }, 120_000);

  it("regression: a rate that changes inside the period makes the total the schedule's sum, not monthly × months", () => {
    // The counterexample fast-check found at 3,000 runs: the Ningxia minimum wage (and so the subsidy) rises
    // during the 2021-04 period, so the months after it pay more than the first.
    const data = {
      person: { employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
      // 2021 covers only spells that began in 2021 (人社部发〔2021〕29号).
      unemployment: {
        insuredRegion: "640121",
        unemployedSince: "2021-01-01",
        contributionMonths: 1,
        benefitExhausted: false,
      },
    };
    const date = asOfDate("2021-04-01") as NonNullable<ReturnType<typeof asOfDate>>;
    const r = evaluate(programs, toProfile(data), date).results.find(
      (x) => x.program.id === "ningxia.unemployment-subsidy",
    ) as ProgramResult;
    const a = r.amount;
    expect(a?.value && a.months && a.total && a.schedule).toBeTruthy();
    if (!a?.value || !a.months || !a.total || !a.schedule) return;
    expect(a.total.eq(a.value.times(a.months))).toBe(false);
    totalIsTheSchedulesSum(a, r.program.id);
  });
});

/** The total is the sum of the schedule when there is one; monthly × months only when every month pays the same. */
function totalIsTheSchedulesSum(a: NonNullable<ProgramResult["amount"]>, id: string): void {
  if (!a.value || !a.months || !a.total) return;
  if (!a.schedule) {
    expect(a.total.eq(a.value.times(a.months)), id).toBe(true);
    return;
  }
  const sum = a.schedule.reduce((s, p) => (p.value ? s.plus(p.value) : s), new Big(0));
  expect(
    a.schedule.every((p) => p.value !== null),
    id,
  ).toBe(true);
  expect(a.total.eq(sum), `${id} ${a.total} = Σ ${sum}`).toBe(true);
  expect(a.schedule).toHaveLength(a.months.toNumber());
  const steady = a.schedule.every((p) => p.value?.eq(a.value as Big));
  if (steady) expect(a.total.eq(a.value.times(a.months)), id).toBe(true);
}

/** Whether the document is a profile: an answer drawn alone may contradict a fact given (insured before 16). */
function readable(data: unknown): boolean {
  try {
    toProfile(data);
    return true;
  } catch {
    return false;
  }
}
