import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst3 F3: --program and --region narrowed what was evaluated, so a program eligible together with one it
// cannot be paid with lost its 不得同时享受 notice. They narrow what is shown; the choice is still the applicant's.
const AS_OF = ["--as-of", "2021-09-01", "--param", "ningxia.migrant-living-subsidy.monthlyAmount=600"];
const MIGRANT = "ningxia.migrant-living-subsidy";

describe("analyst3 F3: exclusions are found against every program, whatever is shown", () => {
  it("eval --program names the partner", async () => {
    const { code, stdout } = await butie([
      "eval",
      "examples/ningxia-migrant.yaml",
      ...AS_OF,
      "--program",
      MIGRANT,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("不得与「宁夏失业补助金」同时享受");
  });

  it("eval --region names a local partner outside the region", async () => {
    const dir = "test/fixtures-data/analyst3-exclusions";
    const args = [
      "eval",
      `${dir}/p1.yaml`,
      "--rules",
      `${dir}/xn`,
      "--as-of",
      "2022-09-01",
      "--region",
      "420102",
    ];
    const { code, stdout } = await butie(args);
    expect(code).toBe(0);
    expect(stdout).toContain("同时享受");
  });

  it("in JSON too", async () => {
    const { stdout } = await butie([
      "eval",
      "examples/ningxia-migrant.yaml",
      ...AS_OF,
      "--program",
      MIGRANT,
      "--format",
      "json",
    ]);
    expect(JSON.stringify(JSON.parse(stdout).results[0])).toContain("ningxia.unemployment-subsidy");
  });

  it("batch --program keeps the 不得同时享受 column", async () => {
    const { code, stdout } = await butie([
      "batch",
      "test/fixtures-data/analyst3-exclusions/mig.ndjson",
      ...AS_OF,
      "--program",
      MIGRANT,
      "--format",
      "csv",
    ]);
    expect(code).toBe(0);
    const [header, row] = stdout.split("\n");
    const column = header?.split(",").indexOf("宁夏失业农民工临时生活补助·不得同时享受") ?? -1;
    expect(row?.split(",")[column]).toBe("宁夏失业补助金");
  });
});
