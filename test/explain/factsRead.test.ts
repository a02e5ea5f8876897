import Big from "big.js";
import { describe, expect, it } from "vitest";
import { conditionWords } from "../../src/cli/render/plain/conditionWords.js";
import { type AsOf, asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import { conditionExplain } from "../../src/explain/lines.js";
import { parseIsoDate, type Value } from "../../src/expr/values.js";
import { profileOf } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";

// analyst2 F7: an explanation listed every field its test names as "seen" — a man's 原法定退休年龄（女职工） and the
// benefit's end date under `not-kept-on-benefit`, although `not benefitExhausted` had already met it. What a
// condition shows, and the parameters (and so the sources) it cites, are what its evaluation read.

const rules = loadRules();
const subsidy = rules.programs.get("ningxia.unemployment-subsidy");
if (!subsidy) throw new Error("setup");
const man: Record<string, Value> = {
  "person.employmentStatus": "unemployed",
  "person.birthDate": parseIsoDate("1988-05-20") as Date,
  "person.sex": "male",
  "person.receivingBasicPension": false,
  "unemployment.insuredRegion": "640121",
  "unemployment.unemployedSince": parseIsoDate("2021-08-01") as Date,
  "unemployment.contributionMonths": new Big(8),
  "unemployment.involuntary": true,
  "unemployment.registered": true,
  "unemployment.benefitExhausted": false,
};
const result = evaluateProgram(subsidy, profileOf(man), asOfDate("2021-09-01") as AsOf);
const condition = (id: string) => {
  const c = result.conditions.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};
const seenFields = (id: string) => condition(id).seen.map((s) => s.field);

describe("the facts a condition shows are those its evaluation read", () => {
  it("an `or` met by its first branch shows that branch's fact only", () => {
    expect(result.status).toBe("eligible");
    expect(seenFields("not-kept-on-benefit")).toEqual(["unemployment.benefitExhausted"]);
    expect(condition("not-kept-on-benefit").parameters).toEqual([]);
  });

  it("a man's retirement date shows no original retirement age, and no unfilled fact in any view", () => {
    expect(seenFields("working-age")).toEqual(["person.birthDate", "person.sex"]);
    for (const c of result.conditions) {
      expect(conditionExplain(c, rules.fields, "zh")).not.toContain("原法定退休年龄");
      // Only a stated assumption names a fact not given (往年是否已享受过, taken as not).
      if (!c.assumed) expect(conditionExplain(c, rules.fields, "zh")).not.toContain("未知");
      expect(conditionWords(c, rules.fields, "zh")).not.toContain("未填写）");
    }
  });

  it("a branch not evaluated leaves its fact out (the end date of a benefit not exhausted)", () => {
    expect(seenFields("new-spell-this-year")).not.toContain("unemployment.benefitEndDate");
  });

  it("the amount shows what it read: a man's original retirement age is not among its facts", () => {
    expect(result.amount?.seen.map((s) => s.field)).not.toContain("person.originalRetirementAge");
  });

  it("an unknown fact that would decide is still missing", () => {
    const { "person.birthDate": _, ...noBirth } = man;
    const open = evaluateProgram(
      subsidy,
      profileOf({ ...noBirth, "unemployment.benefitExhausted": true }),
      asOfDate("2021-09-01") as AsOf,
    );
    expect(open.status).toBe("undetermined");
    expect(open.missing).toContain("person.birthDate");
    const c = open.conditions.find((x) => x.id === "not-kept-on-benefit");
    expect(c?.seen.find((s) => s.field === "person.birthDate")).toEqual({
      field: "person.birthDate",
      value: undefined,
    });
  });
});
