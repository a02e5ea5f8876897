import Big from "big.js";
import { describe, expect, it } from "vitest";
import { comparisonWords } from "../../src/cli/render/plain/comparisonWords.js";
import type { ComparisonRecord, ComparisonSide } from "../../src/expr/explainRecord.js";
import type { FieldCatalogue } from "../../src/profile/fields.js";
import { check } from "../expr/scope.js";

// analyst2 F1 (display): a value was worded in the unit of what it was compared with — a head count compared with
// a months parameter read "带动就业人数 20个月", 2 years (yearsBetween) compared with 12 months read "2个月，还差10个月".
// Each value is worded in its own unit; a comparison across units says both.

const catalogue = {
  fields: new Map([
    ["business.employees", { type: "integer", label: { zh: "带动就业人数", en: "Jobs created" } }],
    ["business.licenseDate", { type: "date", label: { zh: "营业执照日期", en: "Licence date" } }],
    [
      "unemployment.contributionMonths",
      { type: "integer", unit: "months", label: { zh: "累计缴费月数", en: "Months of contributions" } },
    ],
  ]),
} as unknown as FieldCatalogue;

const field = (name: string, value: number, unit?: string): ComparisonSide => ({
  value: new Big(value),
  ...(unit ? { unit } : {}),
  fields: [name],
  params: [],
  asOf: false,
  name,
});
const computed = (fields: string[], value: number, unit?: string): ComparisonSide => ({
  value: new Big(value),
  ...(unit ? { unit } : {}),
  fields,
  params: [],
  asOf: true,
});
const param = (value: number, unit?: string): ComparisonSide => ({
  value: new Big(value),
  ...(unit ? { unit } : {}),
  fields: [],
  params: ["threshold"],
  asOf: false,
  name: "threshold",
});
const literal = (value: number): ComparisonSide => ({
  value: new Big(value),
  fields: [],
  params: [],
  asOf: false,
  literal: true,
});
const compare = (left: ComparisonSide, right: ComparisonSide, result: boolean): ComparisonRecord => ({
  kind: "compare",
  op: ">=",
  left,
  right,
  result,
});
const words = (rec: ComparisonRecord, lang: "zh" | "en" = "zh") =>
  comparisonWords(rec, catalogue, lang, true)?.text;

describe("a value is worded in its own unit", () => {
  it("a head count compared with a months parameter stays a number", () => {
    expect(words(compare(field("business.employees", 20), param(12, "months"), true))).toBe(
      "带动就业人数 20",
    );
  });

  it("years compared with months say both, and no shortfall across units", () => {
    const zh = words(compare(computed(["business.licenseDate"], 2, "years"), param(12, "months"), false));
    expect(zh).toContain("2年（24个月）");
    expect(zh).toContain("12个月");
    expect(zh).not.toContain("还差");
    const en = words(
      compare(computed(["business.licenseDate"], 2, "years"), param(12, "months"), false),
      "en",
    );
    expect(en).toContain("2 years (24 months)");
  });

  it("months compared with years say both", () => {
    expect(
      words(compare(field("unemployment.contributionMonths", 96, "months"), param(1, "years"), true)),
    ).toBe("累计缴费月数 96个月（8年）");
    expect(
      words(compare(field("unemployment.contributionMonths", 100, "months"), param(1, "years"), true)),
    ).toBe("累计缴费月数 100个月（8年4个月）");
  });

  it("a bare number in the rule is in the unit of what it is compared with", () => {
    expect(words(compare(field("unemployment.contributionMonths", 8, "months"), literal(12), false))).toBe(
      "累计缴费月数 8个月，还差4个月",
    );
  });

  it("the counting functions give their unit", () => {
    expect(check("yearsBetween(person.birthDate, asOf)").compiled.unit).toBe("years");
    expect(check("monthsBetween(person.birthDate, asOf)").compiled.unit).toBe("months");
  });
});
