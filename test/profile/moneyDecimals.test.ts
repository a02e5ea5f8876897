import Big from "big.js";
import { describe, expect, it } from "vitest";
import type { ScalarFieldDef } from "../../src/profile/fieldSchema.js";
import { readerOf } from "../../src/profile/readFact.js";

const money = (unit: string): ScalarFieldDef =>
  ({ type: "decimal", min: 0, unit, label: { zh: "额", en: "amount" } }) as ScalarFieldDef;

// An amount of money is written to the fen at most: `1.500` is what a thousands separator typed as a dot looks
// like (1,500 in many places), and `0.075` is no amount anyone pays. Refused, never read as 1.5 (inputs #10).
describe("an amount of money with more than two decimals", () => {
  for (const unit of ["yuan", "yuan/month"]) {
    it(`is refused in a ${unit} field, with a word on what was meant`, () => {
      const read = readerOf(money(unit));
      for (const written of ["1.500", "3.333", "12.000", "0.075", "1.500元", "1.2345"]) {
        const fact = read(written);
        expect(fact, written).toMatchObject({ ok: false, code: "profile/type" });
      }
    });
    it(`reads yuan and fen in a ${unit} field`, () => {
      const read = readerOf(money(unit));
      for (const [written, value] of [
        ["1500", "1500"],
        ["1500.5", "1500.5"],
        ["3333.33", "3333.33"],
        ["1,500.00", "1500"],
      ]) {
        const fact = read(written as string);
        expect(fact.ok && (fact.value as Big).eq(new Big(value as string)), written).toBe(true);
      }
    });
  }
  it("leaves other decimal fields alone (a ratio of 0.075 is 7.5 %)", () => {
    const ratio = readerOf({
      type: "decimal",
      min: 0,
      max: 1,
      unit: "ratio",
      label: { zh: "比例", en: "ratio" },
    } as ScalarFieldDef);
    const fact = ratio("0.075");
    expect(fact.ok && (fact.value as Big).eq("0.075")).toBe(true);
  });
});
