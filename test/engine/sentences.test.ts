import { describe, expect, it } from "vitest";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import { parseIsoDate } from "../../src/expr/values.js";
import { profileOf } from "../../src/profile/profile.js";
import { loadRuleFile, loadRules } from "../../src/rules/loadRules.js";
import { MONTHS_AND_RETIREMENT, SAMPLE_HEAD } from "../rules/sampleRule.js";

const { fields } = loadRules();

// Every kind of sentence quotes a parameter and a named value: condition, assumption, caveat, case label, note.
const RULE = `${SAMPLE_HEAD}${MONTHS_AND_RETIREMENT}conditions:
  - id: before-retirement
    test: asOf < retirement
    text: { zh: "{retirement}前", en: "Before {retirement}" }
    source: measures
caveats:
  - id: check
    when: "true"
    text: { zh: "请核实{retirement}", en: "Check {retirement}, at most {maximumMonths}" }
amount:
  per: month
  value:
    firstMatch:
      - when: otherwise
        value: 100
        label: { zh: "按{maximumMonths}个月", en: "For {maximumMonths} months" }
  months: maximumMonths
  note: { zh: "至多{maximumMonths}个月，{retirement}止", en: "At most {maximumMonths} months, until {retirement}" }
`;

function evaluated() {
  const { program, diagnostics } = loadRuleFile("rules/test/sample.yaml", fields, RULE, "sample.yaml");
  if (!program) throw new Error(JSON.stringify(diagnostics));
  const profile = profileOf({
    "person.hukouRegion": "340100",
    "person.birthDate": parseIsoDate("1970-03-01") as Date,
  });
  return evaluateProgram(
    program,
    profile,
    asOfDate("2026-01-01") as NonNullable<ReturnType<typeof asOfDate>>,
  );
}

describe("every sentence of a rule is filled from the parameters and named values in force", () => {
  it("fills the amount note (it was printed raw)", () => {
    expect(evaluated().amount?.note).toEqual({
      zh: "至多6个月，2030年3月1日止",
      en: "At most 6 months, until 1 March 2030",
    });
  });

  it("fills conditions, caveats and case labels alike", () => {
    const r = evaluated();
    expect(r.conditions.find((c) => c.id === "before-retirement")?.text.zh).toBe("2030年3月1日前");
    expect(r.caveats?.[0]?.text).toEqual({ zh: "请核实2030年3月1日", en: "Check 1 March 2030, at most 6" });
    expect(r.amount?.case?.en).toBe("For 6 months");
  });
});
