import { describe, expect, it } from "vitest";
import { sayMessage } from "../../src/messages/index.js";
import { numeralValue } from "../../src/profile/chineseNumerals.js";
import { loadFieldCatalogue, type ScalarFieldDef } from "../../src/profile/fields.js";
import { readerOf } from "../../src/profile/readFact.js";

// Citizens answer in words (五年, 两年半, 三千五百元): read as the number they say, and said back — never
// refused as "not a number", never read silently.

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const field = (path: string) => catalogue.fields.get(path) as ScalarFieldDef;

function read(path: string, raw: string) {
  const fact = readerOf(field(path))(raw);
  if (!fact.ok) return { error: sayMessage("zh", fact.says) };
  return { value: String(fact.value), note: fact.note && sayMessage("zh", fact.note) };
}

describe("numbers written in Chinese numerals", () => {
  it.each([
    ["五年", "60"], // 5 × 12
    ["两年半", "30"], // 2.5 × 12
    ["半年", "6"],
    ["二十年", "240"],
    ["一年零三个月", "15"], // 12 + 3
    ["一年三个月", "15"],
  ])("%s for a count of months is %s months, said back", (raw, months) => {
    expect(read("unemployment.contributionMonths", raw)).toEqual({
      value: months,
      note: `"${raw}" 按${months}个月计`,
    });
  });

  it.each([
    ["三个月", "3", "3个月"],
    ["十二个月", "12", "12个月"],
    ["一百零五个月", "105", "105个月"],
  ])("%s is %s months, said back", (raw, value, digits) => {
    expect(read("unemployment.contributionMonths", raw)).toEqual({
      value,
      note: `"${raw}" 按${digits}计`,
    });
  });

  it("refuses half a month in a whole count of months", () => {
    expect(read("unemployment.contributionMonths", "一个半月").error).toContain("1.5");
  });

  it("refuses numerals that are no one number", () => {
    expect(read("unemployment.contributionMonths", "五五").error).toContain("五五");
  });

  it.each([
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["五十五", 55],
    ["一百零五", 105],
    ["三百五", 350], // said so, 三百五 is 350, not 305
    ["两千五", 2500],
    ["三千零五十", 3050],
    ["一万五", 15000],
    ["一万零五百", 10500],
    ["十万", 100000],
  ])("%s is %d", (run, value) => {
    expect(numeralValue(run)).toBe(value);
  });

  it.each(["五五", "十十", "十百", "一二"])("%s is no number", (run) => {
    expect(numeralValue(run)).toBeUndefined();
  });
});

describe("amounts written in words", () => {
  it.each([
    ["三千五百元", "3500", "3500元"],
    ["两千五", "2500", "2500"],
    ["1.5万元", "15000", "15000元"], // 1.5 × 10000
  ])("%s is %s yuan, said back", (raw, value, digits) => {
    expect(read("training.subsidyStandard", raw)).toEqual({ value, note: `"${raw}" 按${digits}计` });
  });
});
