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
const english = JSON.parse(readFileSync("rules/regions.en.json", "utf8")) as Record<string, string>;

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

  it("names a place with its levels, in either language, without parsing a table", async () => {
    vi.resetModules();
    const { englishFullName, fullName } = await import("../../src/regions/placeNames.js");
    const { regionTable } = await import("../../src/regions/regions.js");
    const parse = vi.spyOn(JSON, "parse");
    const codes = ["640121", "340104", "420100", "110105", "659001", "441900", "500235"];
    const named = codes.map((c) => [fullName(c), englishFullName(c)]);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    const table = regionTable();
    expect(named).toEqual(codes.map((c) => [fullName(c, table), englishFullName(c, table)]));
    expect(named[0]).toEqual(["宁夏回族自治区银川市永宁县", "Yongning County, Yinchuan, Ningxia"]);
  });

  it("finds the English names as the parsed table does", async () => {
    vi.resetModules();
    const { englishNameOf } = await import("../../src/regions/englishNames.js");
    const sample = [...CODES.slice(0, 20), "000000", "99999", "640121"];
    for (const c of sample)
      expect(englishNameOf(c), c).toBe(Object.hasOwn(english, c) ? english[c] : undefined);
    for (const c of CODES)
      expect(englishNameOf(c), c).toBe(Object.hasOwn(english, c) ? english[c] : undefined);
  });
});
