import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";

// analyst F4: a run in English names the profile's places in English (rules/regions.en.json), in every view: the
// region a condition saw, a table entry read by region, the facts of the report.

const YONGNING = readFileSync(join(REPO, "test/fixtures-data/yongning/unemployed-8-months.yaml"), "utf8");
const ARGS = ["eval", "-", "--as-of", "2021-09-01", "--program", "ningxia.unemployment-subsidy"];

describe("places in the run's language", () => {
  it.each([["table"], ["md"], ["html"]])("are English in an English run (%s)", async (format) => {
    const { stdout } = await butie([...ARGS, "--format", format, "--lang", "en"], { stdin: YONGNING });
    expect(stdout).toContain("Yongning County, Yinchuan, Ningxia");
    expect(stdout).toMatch(/“Yongning County”: 2/);
    // (Source titles and quotes stay as published.)
    expect(stdout).not.toMatch(/永宁县|宁夏回族自治区银川市/);
  });

  it("stay Chinese in a Chinese run", async () => {
    const { stdout } = await butie(ARGS, { stdin: YONGNING });
    expect(stdout).toContain("宁夏回族自治区银川市永宁县");
    expect(stdout).toContain("（永宁县）：2");
  });
});
