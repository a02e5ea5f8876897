import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// A what-if refused for its unit says the unit in the run's words, never the rule file's unit code.
const run = (param: string, lang: string) =>
  butie([
    "eval",
    "examples/hefei-provident-fund.yaml",
    "--as-of",
    "2022-03-01",
    "--param",
    param,
    "--lang",
    lang,
  ]);

describe("a --param refused for its unit", () => {
  it("says years and ratios in Chinese words", async () => {
    const age = await run("hefei.provident-fund.minimumAge=-3", "zh");
    expect(age.code).toBe(2);
    expect(age.stderr).toContain("-3年 小于 0");
    const ratio = await run("hefei.provident-fund.minimumRatio=1.5", "zh");
    expect(ratio.stderr).toContain("1.5 大于 1");
    expect(age.stderr + ratio.stderr).not.toMatch(/years|ratio）/);
  }, 30_000);

  it("says them in English words", async () => {
    const age = await run("hefei.provident-fund.minimumAge=1.5", "en");
    expect(age.stderr).toContain("1.5 years is not a whole number");
    const ratio = await run("hefei.provident-fund.minimumRatio=1.5", "en");
    expect(ratio.stderr).toContain("1.5 is above 1");
  }, 30_000);
});
