import { describe, expect, it } from "vitest";
import { parseExpression } from "../../src/expr/parse.js";
import { PLAIN, unitsOf } from "../../src/expr/units.js";

const UNITS: Record<string, string> = {
  minMonths: "months",
  minYears: "years",
  low: "yuan",
  standard: "yuan/month",
  rate: "ratio",
  heads: PLAIN,
  "business.licenseDate": "",
};
const of = (text: string) => unitsOf(parseExpression(text), (n) => UNITS[n] || undefined);

describe("units of expressions (analyst F1): only what is certain", () => {
  it.each([
    ["monthsBetween(business.licenseDate, asOf)", "months"],
    ["yearsBetween(business.licenseDate, asOf)", "years"],
    ["standard * minMonths", "yuan"],
    ["minMonths * standard", "yuan"],
    ["low * rate", "yuan"],
    ["rate * low", "yuan"],
    ["heads * low", "yuan"],
    ["low / minMonths", "yuan/month"],
    ['round(low * rate, 2, "half-up")', "yuan"],
    ["low / 12", undefined],
    ["standard * 6", undefined],
    ["min(low, 5000)", "yuan"],
    ["low + 3000", "yuan"],
    ["count(hires)", PLAIN],
    ["12 * 3", undefined],
    ["low * low", undefined],
  ])("%s is in %s", (text, unit) => {
    expect(of(text)).toMatchObject({ unit, mismatches: [] });
  });

  it.each([
    ["yearsBetween(business.licenseDate, asOf) >= minMonths", "years", "months"],
    ["heads >= minMonths", PLAIN, "months"],
    ["low + minMonths", "yuan", "months"],
    ["max(minYears, minMonths)", "years", "months"],
    ["addMonths(business.licenseDate, minYears) <= asOf", "months", "years"],
    ["(low ?? minMonths) > 0", "yuan", "months"],
  ])("%s mixes %s with %s", (text, left, right) => {
    const [m] = of(text).mismatches;
    expect([m?.left.unit, m?.right.unit]).toEqual([left, right]);
  });

  it.each([
    "monthsBetween(business.licenseDate, asOf) >= minMonths",
    "heads >= 3",
    "low * rate >= 100",
    "standard * 6 > low",
  ])("%s is consistent", (text) => {
    expect(of(text).mismatches).toEqual([]);
  });
});

describe("bare yuan figures (analyst F8): a number met with money has no source", () => {
  it.each([
    ["low + 3000", ["3000"]],
    ["min(low, 5000)", ["5000"]],
    ["low >= 3000", ["3000"]],
    ["low > 0", []],
    ["low * 2", []],
    ["minMonths + 1", []],
  ])("%s", (text, figures) => {
    expect(of(text).bareFigures).toEqual(figures);
  });
});
