import { describe, expect, it } from "vitest";
import { evaluateProgram as interpret } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { asOfDate, evaluateProgram, loadRules, profileFromData } from "../../src/index.js";

// The library's lean evaluation (`evaluateProgram(…, { explain: false })` from the package entry) is the
// compiled path: the verdicts of the interpreter, results shared between profiles, and those frozen.
const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy");
const hefei = rules.programs.get("hefei.provident-fund");
if (!subsidy || !hefei) throw new Error("bundled programs missing");
const locate = () => ({ file: "t", line: 1, col: 1, code: "x", message: "x", severity: "error" as const });

function person(months: number, region = "640104") {
  const data = {
    person: { employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
    unemployment: {
      insuredRegion: region,
      unemployedSince: new Date(Date.UTC(2022, 0, 10)),
      contributionMonths: months,
      involuntary: true,
      registered: true,
      benefitExhausted: true,
    },
  };
  const { profile } = profileFromData(data, rules.fields, locate);
  if (!profile) throw new Error("profile refused");
  return profile;
}
const day = (text: string) => asOfDate(text) ?? (undefined as never);
const verdict = (r: ProgramResult) => ({
  status: r.status,
  value: r.amount?.value?.toString(),
  months: r.amount?.months?.toString(),
  missing: r.missing,
  lawUnknown: r.lawUnknown?.from,
});

describe("the library's evaluateProgram without explanation", () => {
  it("gives the interpreter's verdicts", () => {
    for (const months of [6, 12, 13, 30, 200])
      for (const date of ["2021-06-01", "2022-03-01", "2023-07-15"]) {
        const lean = evaluateProgram(subsidy, person(months), day(date), { explain: false });
        const slow = interpret(subsidy, person(months), day(date), { explain: false });
        expect(verdict(lean)).toEqual(verdict(slow));
      }
  });

  it("runs the compiled evaluator: two profiles with the same amount inputs share one frozen amount", () => {
    const a = evaluateProgram(subsidy, person(30, "640104"), day("2022-03-01"), { explain: false });
    const b = evaluateProgram(subsidy, person(30, "640104"), day("2022-03-01"), { explain: false });
    expect(a.status).toBe("eligible");
    expect(b.amount).toBe(a.amount);
    expect(Object.isFrozen(a.amount)).toBe(true);
    expect(() => {
      (a.amount as { per: string }).per = "once";
    }).toThrow(TypeError);
    expect(evaluateProgram(subsidy, person(30), day("2022-03-01"), { explain: false }).status).toBe(
      "eligible",
    );
  });

  it("still explains by default", () => {
    const r = evaluateProgram(subsidy, person(30), day("2022-03-01"));
    expect(r.conditions.some((c) => c.seen.length > 0)).toBe(true);
    expect(Object.isFrozen(r)).toBe(false);
  });
});
