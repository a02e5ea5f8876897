import Big from "big.js";
import { describe, expect, it } from "vitest";
import { type AsOf, asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { EvalContext } from "../../src/expr/types.js";
import { profileOf } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import type { Condition, Program } from "../../src/rules/program.js";

// The batch path (`explain: false`): nothing made per condition for explaining, and the same amounts.

const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy") as Program;
const date = (t: string) => asOfDate(t) as AsOf;
const person = (months: number) =>
  profileOf({
    "person.employmentStatus": "unemployed",
    "unemployment.insuredRegion": "640121",
    "unemployment.contributionMonths": new Big(months),
    "unemployment.benefitExhausted": false,
  });

/** The program with every condition's test spying on the context it is given. */
function spied(program: Program, seen: EvalContext[]): Program {
  const spy = (c: Condition): Condition => ({
    ...c,
    test: {
      ...c.test,
      evaluate: (ctx: EvalContext) => {
        seen.push(ctx);
        return c.test.evaluate(ctx);
      },
    },
  });
  return { ...program, conditions: program.conditions.map(spy) };
}

describe("lean evaluation", () => {
  it("gives every condition the one context, with no tracer: no copy, no explanation per condition", () => {
    const seen: EvalContext[] = [];
    evaluateProgram(spied(subsidy, seen), person(8), date("2021-06-01"), { explain: false });
    expect(seen.length).toBe(subsidy.conditions.length);
    for (const ctx of seen) {
      expect(ctx.tracer).toBeUndefined();
      expect(ctx).toBe(seen[0]);
    }
  });

  it("an explained evaluation gives each condition a tracer of its own", () => {
    const seen: EvalContext[] = [];
    evaluateProgram(spied(subsidy, seen), person(8), date("2021-06-01"));
    expect(new Set(seen.map((c) => c.tracer)).size).toBe(subsidy.conditions.length);
  });

  it("has the same status and total as the explained evaluation, across a rate change and without one", () => {
    for (const day of ["2020-05-01", "2021-04-01", "2021-06-15", "2021-09-01", "2022-03-01"])
      for (const months of [1, 8, 30]) {
        const lean = evaluateProgram(subsidy, person(months), date(day), { explain: false });
        const full = evaluateProgram(subsidy, person(months), date(day));
        expect(lean.status, `${day} ${months}`).toBe(full.status);
        expect(lean.missing).toEqual(full.missing);
        expect(String(lean.amount?.total), `${day} ${months}`).toBe(String(full.amount?.total));
        expect(String(lean.amount?.value)).toBe(String(full.amount?.value));
      }
  });
});
