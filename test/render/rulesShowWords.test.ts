import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst F5: `rules show` in Chinese says how often an amount is paid and each parameter's unit in Chinese, not as
// the rule file's codes (`per: month`, `value:`, `[months]`); English says them in English.

describe("rules show", () => {
  it("words the amount's period and the parameters' units in Chinese", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.unemployment-subsidy"]);
    expect(stdout).not.toMatch(/per: |\bvalue: |months: |\[(months|ratio|yuan\/month|yuan|years)\]/);
    expect(stdout).toContain("发放周期：每月");
    expect(stdout).toContain("金额：");
    expect(stdout).toMatch(/maximumMonths: 最长发放月数（单位：个月）/);
    expect(stdout).toMatch(/higherTierRate: 第一档比例（单位：比例）/);
  });

  it("in English", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.unemployment-subsidy", "--lang", "en"]);
    expect(stdout).toContain("Paid: monthly");
    expect(stdout).toMatch(/maximumMonths: .* \(unit: months\)/);
  });
});
