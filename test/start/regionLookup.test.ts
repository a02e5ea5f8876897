// A start looks up a profile's region codes in the region table's bytes, without parsing its ~3,000 entries
// (src/regions/regions.ts): every answer must be the parsed table's.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

const parsed = JSON.parse(readFileSync("rules/regions.json", "utf8")) as Record<string, string>;
const expected = (code: string) => (Object.hasOwn(parsed, code) ? parsed[code] : undefined);
const CODES = Object.keys(parsed);
const fresh = async () => {
  vi.resetModules();
  return import("../../src/regions/regions.js");
};

describe("looking up a region code without parsing the table", () => {
  it("names the table's codes as the parsed table does, and knows no other six digits", async () => {
    expect(CODES.every((code) => /^\d{6}$/.test(code))).toBe(true);
    // A run's first few dozen six-digit codes are found in the bytes: each run of the property is a fresh start.
    const code = fc.oneof(fc.constantFrom(...CODES), fc.stringMatching(/^\d{6}$/));
    await fc.assert(
      fc.asyncProperty(fc.array(code, { maxLength: 40 }), async (codes) => {
        const { regionName, isRegionCode } = await fresh();
        for (const c of codes) {
          expect(regionName(c), c).toBe(expected(c));
          expect(isRegionCode(c)).toBe(expected(c) !== undefined);
        }
      }),
      { numRuns: 200 },
    );
    const { regionName } = await fresh();
    for (const c of CODES) expect(regionName(c), c).toBe(parsed[c]);
  });

  it("answers anything else from the parsed table", async () => {
    const { regionName, isRegionCode, regionTable } = await fresh();
    expect(regionName("340104")).toBe("蜀山区");
    for (const code of ["", "34010", "3401040", "__proto__", "constructor", "34010４", " 340104"]) {
      expect(regionName(code), code).toBe(expected(code));
      expect(isRegionCode(code)).toBe(expected(code) !== undefined);
    }
    expect(regionTable().size).toBe(CODES.length);
    expect(regionName("340104")).toBe("蜀山区");
  });
});
