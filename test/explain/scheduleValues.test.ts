import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";

// analyst F9: a month-by-month amount shows every value that takes effect within its months, with the date it takes
// effect, in every view: 1324.8 a month from September 2021 is 1656 (the standard from 2021-09-01) × 80%.

const CLASS_2 = readFileSync(join(REPO, "test/fixtures-data/yongning/unemployed-8-months.yaml"), "utf8");
const ARGS = ["eval", "-", "--as-of", "2021-08-15", "--program", "ningxia.unemployment-subsidy"];
const LINE = "失业保险金月标准（按地区类别）（2）：自2021年9月1日起 1656元/月";

describe("the values that change within a payment schedule", () => {
  it.each([["table"], ["md"], ["html"]])(
    "are said with their dates in the arithmetic (%s)",
    async (format) => {
      const { stdout } = await butie([...ARGS, "--format", format], { stdin: CLASS_2 });
      expect(stdout).toContain("1404元/月");
      expect(stdout).toContain(LINE);
    },
  );

  it("in English", async () => {
    const { stdout } = await butie([...ARGS, "--lang", "en"], { stdin: CLASS_2 });
    expect(stdout).toMatch(/“2”: 1656 yuan\/month from 1 September 2021/);
  });

  it("in JSON amount.parameters and the trace", async () => {
    const json = JSON.parse((await butie([...ARGS, "--format", "json"], { stdin: CLASS_2 })).stdout);
    const parameters: string[] = json.results[0].amount.parameters;
    expect(parameters.some((p) => /^benefitStandard\[2\] = 1656 .*2021-09-01/.test(p))).toBe(true);
    const trace = (await butie([...ARGS, "--trace"], { stdin: CLASS_2 })).stdout;
    expect(trace).toMatch(/benefitStandard\[2\] = 1656 \([^)]*2021-09-01/);
  });

  it("says nothing more for a schedule at one value", async () => {
    const { stdout } = await butie([...ARGS.slice(0, 3), "2021-09-01", ...ARGS.slice(4)], { stdin: CLASS_2 });
    expect(stdout).not.toContain("起 1656元/月");
  });
});
