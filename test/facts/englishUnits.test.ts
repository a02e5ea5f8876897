import { describe, expect, it } from "vitest";
import { sayMessage } from "../../src/messages/index.js";
import { loadFieldCatalogue, type ScalarFieldDef } from "../../src/profile/fields.js";
import { readerOf } from "../../src/profile/readFact.js";

// Units written in English read as their Chinese forms do: `8 years` for a count of months is 96 months, said back.

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const field = (path: string) => catalogue.fields.get(path) as ScalarFieldDef;

function read(path: string, raw: string) {
  const fact = readerOf(field(path))(raw);
  if (!fact.ok) return { error: sayMessage("en", fact.says) };
  return { value: String(fact.value), note: fact.note && sayMessage("en", fact.note) };
}

describe("English units", () => {
  it.each([
    ["8 years", "96"],
    ["8 Years", "96"],
    ["1 year", "12"],
    ["1 year 6 months", "18"],
    ["1 year and 6 months", "18"],
    ["8 yrs", "96"],
  ])("%s for a count of months is %s months, said back", (raw, months) => {
    // 8 × 12 = 96; 1 × 12 + 6 = 18.
    expect(read("unemployment.contributionMonths", raw)).toEqual({
      value: months,
      note: `"${raw}" read as ${months} months`,
    });
  });

  it.each([
    ["12 months", "12"],
    ["12 month", "12"],
  ])("%s is %s months as written", (raw, months) => {
    expect(read("unemployment.contributionMonths", raw)).toEqual({ value: months, note: undefined });
  });

  it("reads 5000 yuan as 5000", () => {
    expect(read("training.subsidyStandard", "5000 yuan").value).toBe("5000");
  });

  it("refuses a unit that does not fit, in plain words", () => {
    expect(read("unemployment.contributionMonths", "8 yuan").error).toBe(
      '"8 yuan": wrong unit; this is counted in months',
    );
  });
});
