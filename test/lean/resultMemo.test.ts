import { describe, expect, it } from "vitest";
import { evaluateProgram as interpret } from "../../src/engine/evaluateProgram.js";
import { asOfDate, evaluateProgram, loadRules, profileFromData } from "../../src/index.js";
import { listed } from "./listed.js";

// Undetermined and ineligible lean results depend on a row only through which conditions were unknown (with
// which fields) and which assumptions were stated: one frozen result per such pattern and date.
const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy");
if (!subsidy) throw new Error("bundled program missing");
const locate = () => ({ file: "t", line: 1, col: 1, code: "x", message: "x", severity: "error" as const });
const day = (text: string) => asOfDate(text) ?? (undefined as never);

function person(unemployment: Record<string, unknown>, status = "unemployed") {
  const base = { insuredRegion: "640104", involuntary: false, benefitExhausted: false };
  const { profile } = profileFromData(
    {
      person: { employmentStatus: status, birthDate: "1985-05-20", sex: "male" },
      unemployment: { ...base, ...unemployment },
    },
    rules.fields,
    locate,
  );
  if (!profile) throw new Error("profile refused");
  return profile;
}
const both = (p: ReturnType<typeof person>, date = "2022-03-01") => ({
  lean: evaluateProgram(subsidy, p, day(date), { explain: false }),
  slow: interpret(subsidy, p, day(date), { explain: true }),
});

describe("remembered lean results", () => {
  it("shares one frozen undetermined result between rows open on the same field, as the interpreter words it", () => {
    const a = both(person({ contributionMonths: 7, registered: true }));
    const b = both(person({ contributionMonths: 30, registered: false }));
    expect(a.lean.status).toBe("undetermined");
    expect(a.lean.missing).toEqual(["unemployment.unemployedSince"]);
    expect(b.lean).toBe(a.lean);
    expect(Object.isFrozen(a.lean)).toBe(true);
    expect(Object.isFrozen(a.lean.conditions)).toBe(true);
    expect(listed(a.lean)).toEqual(listed(a.slow));
    expect(listed(b.lean)).toEqual(listed(b.slow));
  });

  it("gives another result for other unknown fields, and leaves the earlier one as it was", () => {
    const a = both(person({ contributionMonths: 7, registered: true }));
    const before = listed(a.lean);
    // 20 months, involuntary: whether registered decides the benefit, so that is open too.
    const c = both(person({ contributionMonths: 20, involuntary: true }));
    expect(c.lean.missing).toEqual(["unemployment.registered", "unemployment.unemployedSince"]);
    expect(c.lean).not.toBe(a.lean);
    expect(listed(c.lean)).toEqual(listed(c.slow));
    expect(listed(a.lean)).toEqual(before);
  });

  it("remembers an ineligible result that lists unknown conditions, per date", () => {
    const employed = person({ contributionMonths: 7 }, "employed");
    const march = both(employed);
    expect(march.lean.status).toBe("ineligible");
    expect(listed(march.lean)).toEqual(listed(march.slow));
    expect(both(person({ contributionMonths: 3 }, "employed")).lean).toBe(march.lean);
    // 2020: no new-spell limit, so the blank spell start is not open; another date, another result.
    const earlier = both(employed, "2020-06-01");
    expect(earlier.lean).not.toBe(march.lean);
    expect(listed(earlier.lean)).toEqual(listed(earlier.slow));
  });

  it("puts the stated assumptions on an eligible result once per remembered result", () => {
    const since = { unemployedSince: "2022-01-05", registered: true };
    const a = both(person({ contributionMonths: 7, ...since }));
    const b = both(person({ contributionMonths: 9, ...since }));
    expect(a.lean.status).toBe("eligible");
    expect(b.lean).toBe(a.lean);
    expect(Object.isFrozen(a.lean.conditions)).toBe(true);
    expect(listed(a.lean)).toEqual(listed(a.slow));
  });
});
