import { describe, expect, it } from "vitest";
import { evaluateProgram as interpret } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { asOfDate, evaluateProgram, loadRules, profileFromData } from "../../src/index.js";

// The amount memo keys an amount given as cases by the case that holds and the fields its value reads: the
// Ningxia subsidy's tier reads the months of contributions only through `>= higherTierMonths`.
const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy");
if (!subsidy) throw new Error("bundled program missing");
const locate = () => ({ file: "t", line: 1, col: 1, code: "x", message: "x", severity: "error" as const });

function person(months: number, region: string, since: string) {
  const data = {
    person: { employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
    unemployment: {
      insuredRegion: region,
      unemployedSince: since,
      contributionMonths: months,
      involuntary: false,
      registered: true,
      benefitExhausted: false,
    },
  };
  const { profile } = profileFromData(data, rules.fields, locate);
  if (!profile) throw new Error("profile refused");
  return profile;
}
const day = (text: string) => asOfDate(text) ?? (undefined as never);
const lean = (months: number, region: string, date: string) =>
  evaluateProgram(subsidy, person(months, region, `${date.slice(0, 4)}-01-01`), day(date), {
    explain: false,
  });
const slow = (months: number, region: string, date: string) =>
  interpret(subsidy, person(months, region, `${date.slice(0, 4)}-01-01`), day(date), { explain: false });
const money = (r: ProgramResult) => ({
  status: r.status,
  value: r.amount?.value?.toString(),
  total: r.amount?.total?.toString(),
  schedule: r.amount?.schedule?.map((p) => `${p.month} ${p.value?.toString()}`),
  case: r.amount?.case?.en,
});

describe("the amount memo", () => {
  it("shares one result between months of contributions in the same tier, and none across tiers", () => {
    // 2022-03-01, class 1 (640104): 1755 × 0.8 = 1404 for 6 months or more, 1755 × 0.5 = 877.5 below 6.
    const seven = lean(7, "640104", "2022-03-01");
    const eleven = lean(11, "640104", "2022-03-01");
    const three = lean(3, "640104", "2022-03-01");
    expect(eleven.amount).toBe(seven.amount);
    expect(seven.amount?.value?.toString()).toBe("1404");
    expect(three.amount?.value?.toString()).toBe("877.5");
    expect(three.amount?.case?.en).toBe("Lower tier");
    for (const m of [3, 5, 6, 7, 11])
      expect(money(lean(m, "640104", "2022-03-01"))).toEqual(money(slow(m, "640104", "2022-03-01")));
  });

  it("keeps the region's class in the key: another class is another result", () => {
    // class 3 (640303): 1575 × 0.8 = 1260.
    const third = lean(7, "640303", "2022-03-01");
    expect(third.amount?.value?.toString()).toBe("1260");
    expect(third.amount).not.toBe(lean(7, "640104", "2022-03-01").amount);
  });

  it("does not share a schedule between two windows, one across the standard's change on 2021-09-01", () => {
    // From 2021-06-01 (class 1, 80 %): 1494 × 0.8 = 1195.2 for June–August, 1755 × 0.8 = 1404 for
    // September–November; total 3 × 1195.2 + 3 × 1404 = 3585.6 + 4212 = 7797.6.
    const across = lean(7, "640104", "2021-06-01");
    expect(across.amount?.total?.toString()).toBe("7797.6");
    expect(across.amount?.schedule?.map((p) => p.value?.toString())).toEqual([
      "1195.2",
      "1195.2",
      "1195.2",
      "1404",
      "1404",
      "1404",
    ]);
    // From 2021-09-01 (the change's own day): 6 × 1404 = 8424, no month at the old standard.
    const after = lean(7, "640104", "2021-09-01");
    expect(after.amount?.total?.toString()).toBe("8424");
    // From 2021-08-31, the day before: August at 1195.2, then five months at 1404: 1195.2 + 7020 = 8215.2.
    const before = lean(7, "640104", "2021-08-31");
    expect(before.amount?.total?.toString()).toBe("8215.2");
    for (const date of ["2021-06-01", "2021-08-31", "2021-09-01", "2021-08-01"])
      expect(money(lean(7, "640104", date))).toEqual(money(slow(7, "640104", date)));
  });
});
