import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outcomeOf } from "../../src/batch/outcome.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import type { Profile } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { isoDate, profileData, toProfile } from "../arbitraries/profiles.js";

/*
 * Batch states an assumption exactly when `eval` does: a decided condition whose default the evaluator took
 * (`ConditionResult.assumed` of the explained evaluation), not whenever a defaulted field is blank.
 */
const rules = loadRules();
const programs = [...rules.programs.values()];
const catalogue = rules.fields;
const SEED = Number(process.env.BUTIE_PROPERTY_SEED ?? 20261206);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const lean = new Map(programs.map((p) => [p.id, leanEvaluator(p)]));

/** The assumptions `eval` shows for a result: those of decided conditions, once each. */
const shown = (r: ProgramResult) =>
  r.status === "not-applicable"
    ? []
    : [...new Set(r.conditions.filter((c) => c.assumed && c.result !== null).map((c) => c.assumed?.zh))];

function batchAssumed(id: string, profile: Profile, date: string) {
  const asOf = asOfDate(date);
  const evaluate = lean.get(id);
  if (!asOf || !evaluate) throw new Error(`no program ${id} or date ${date}`);
  return outcomeOf(evaluate(profile, asOf), profile).assumed?.map((t) => t.zh) ?? [];
}

describe("assumptions in batch", () => {
  it("a man whose original retirement age is blank is not assumed to have a woman's (Hefei)", () => {
    const data = {
      person: { birthDate: "1990-01-01", sex: "male", hukouRegion: "340104", fullCivilCapacity: true },
      pension: { region: "340104", asIndividual: true, continuousMonths: 14 },
      providentFund: { base: 3333, ratio: 0.05 },
    };
    expect(batchAssumed("hefei.provident-fund", toProfile(data, catalogue), "2025-03-01")).toEqual([]);
    // The same person as a woman: the default (55, women insured as individuals) is taken, and said.
    const woman = toProfile({ ...data, person: { ...data.person, sex: "female" } }, catalogue);
    expect(batchAssumed("hefei.provident-fund", woman, "2025-03-01")).toHaveLength(1);
  });

  it("equal `eval`'s on random profiles and dates, for every bundled program", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(profileData(catalogue), isoDate(2019, 2025), (data, date) => {
        const profile = toProfile(data, catalogue);
        const asOf = asOfDate(date);
        if (!asOf) return;
        for (const program of programs) {
          const expected = shown(evaluateProgram(program, profile, asOf, { explain: true }));
          expect(batchAssumed(program.id, profile, date)).toEqual(expected);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
