import { describe, expect, it } from "vitest";
import { evaluateProgram as interpret } from "../../src/engine/evaluateProgram.js";
import { asOfDate, evaluateProgram, loadRules, profileFromData } from "../../src/index.js";
import { listed } from "./listed.js";

// Calls in generated conditions are remembered per distinct argument list (the retirement date of a birth date,
// sex and original retirement age): a remembered call must never answer for other arguments, and the
// arguments it left unread (a man's original retirement age) must still not count as assumed.
const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy");
if (!subsidy) throw new Error("bundled program missing");
const locate = () => ({ file: "t", line: 1, col: 1, code: "x", message: "x", severity: "error" as const });
const day = asOfDate("2022-03-01") ?? (undefined as never);

function person(extra: Record<string, unknown>) {
  const { profile } = profileFromData(
    {
      person: { employmentStatus: "unemployed", ...extra },
      unemployment: {
        insuredRegion: "640104",
        unemployedSince: "2022-01-05",
        benefitExhausted: true,
        benefitEndDate: "2022-01-31",
      },
    },
    rules.fields,
    locate,
  );
  if (!profile) throw new Error("profile refused");
  return profile;
}

describe("remembered calls in generated conditions", () => {
  it("answers each birth date and sex as the interpreter does, on a first and a remembered call", () => {
    // A man born 1962-06-15 retires at 60 on 2022-06-15: the benefit ran out (2022-01-31) less than a year
    // before, so he keeps the benefit itself (ineligible). Born 1960-06-15, he retired in 2020 (the conditions
    // say no more). A man born 1970-01-01 is 12 years away: eligible. A woman born 1972-06-15 (50: 2022-06-15).
    const people = [
      { birthDate: "1962-06-15", sex: "male" },
      { birthDate: "1970-01-01", sex: "male" },
      { birthDate: "1972-06-15", sex: "female", originalRetirementAge: 50 },
      { birthDate: "1972-06-15", sex: "female", originalRetirementAge: 55 },
      { birthDate: "1962-06-15" },
      { sex: "male" },
      {},
    ];
    const first = people.map((p) => listed(evaluateProgram(subsidy, person(p), day, { explain: false })));
    const again = people.map((p) => listed(evaluateProgram(subsidy, person(p), day, { explain: false })));
    const slow = people.map((p) => listed(interpret(subsidy, person(p), day, { explain: true })));
    expect(first).toEqual(slow);
    expect(again).toEqual(slow);
    expect(first[0]?.status).toBe("ineligible");
    expect(first[1]?.status).toBe("eligible");
    expect(first[2]?.status).toBe("ineligible");
    expect(first[3]?.status).toBe("eligible");
  });

  it("answers as the interpreter does after a roster of distinct birthdays switched its memo off", () => {
    // 2,500 distinct birthdays (more than a call site remembers, each used once), then the first ones again.
    const born = (i: number) => {
      const d = new Date(Date.UTC(1955, 0, 1) + i * 86_400_000 * 7);
      return d.toISOString().slice(0, 10);
    };
    const people = [...Array.from({ length: 2_500 }, (_, i) => i), 0, 1, 2, 600, 601].map((i) => ({
      birthDate: born(i),
      sex: i % 2 ? "male" : "female",
      originalRetirementAge: 50,
    }));
    const lean = people.map((p) => listed(evaluateProgram(subsidy, person(p), day, { explain: false })));
    const slow = people.map((p) => listed(interpret(subsidy, person(p), day, { explain: true })));
    expect(lean).toEqual(slow);
    expect(new Set(lean.map((r) => r.status))).toEqual(new Set(["eligible", "ineligible"]));
  });
});
