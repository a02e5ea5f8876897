import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// office3 F2: an ID number with a valid check character whose birth date lies after the as-of date (2030, 2025)
// or makes the person a child with years of contributions was paid 失业保险金 (1656 × 18). The birth date an ID
// gives meets the checks a written one meets: after the as-of date refused; contributions before 16 a contradiction.
const ROSTER = "test/fixtures-data/office3/idfut.csv";

describe("a birth date from the ID number is checked like a written one", () => {
  it("refuses every row of the roster, naming the birth date or the months that cannot be", async () => {
    const run = await butie(["batch", ROSTER, "--as-of", "2021-10-01", "--format", "ndjson"]);
    const records = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.results ?? {})).not.toContain('"eligible"');
    }
    const codes = records.map((r) => r.errors.map((e: { code: string }) => e.code));
    expect(codes[0]).toContain("profile/after-as-of"); // born 2030
    expect(codes[1]).toEqual(["profile/contradiction"]); // born 2015: 78 months at 6
    expect(codes[2]).toContain("profile/after-as-of"); // born 2025
  });
});
