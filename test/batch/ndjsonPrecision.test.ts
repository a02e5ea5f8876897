import { describe, expect, it } from "vitest";
import { ndjsonProfile } from "../../src/batch/rowProfile.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const dates = { today: "2026-11-30", asOf: "2021-10-01" };
const row = (text: string) => ndjsonProfile(text, catalogue, "people.ndjson", 7, dates);

// Regressions: the lean NDJSON path read numbers through JSON.parse and skipped the past-date checks, so
// these rows were evaluated instead of refused as `eval` refuses them.
describe("batch NDJSON rows are validated exactly as eval validates them", () => {
  it.each([
    ["11.9999999999999999", "profile/type"],
    // An exponent is refused as written (inputs #16).
    ["1.2e1", "profile/type"],
    ["1e-99999999", "profile/type"],
  ])("contributionMonths %s is read from its written digits", (months, code) => {
    const read = row(`{"unemployment":{"insuredRegion":"640104","contributionMonths":${months}}}`);
    if (code === undefined) {
      expect(read.diagnostics).toEqual([]);
      expect(String(read.profile?.fields.get("unemployment.contributionMonths"))).toBe("12");
    } else {
      expect(read.profile).toBeUndefined();
      expect(read.diagnostics[0]?.line).toBe(7);
      expect(read.diagnostics.map((d) => d.code)).toContain(code);
    }
  });

  it("a birth date after today is a row error, located on the row's line", () => {
    const read = row(`{"person":{"birthDate":"2030-01-01","sex":"male"}}`);
    expect(read.profile).toBeUndefined();
    expect(read.diagnostics.map((d) => [d.code, d.line])).toEqual([["profile/future-date", 7]]);
  });

  it("a birth date between the as-of date and today is a row error, as in eval (inputs2 F2: never used)", () => {
    const read = row(`{"person":{"birthDate":"2022-01-01","sex":"male"}}`);
    expect(read.profile).toBeUndefined();
    expect(read.diagnostics[0]?.code).toBe("profile/after-as-of");
  });
});
