import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// law3 F3: when each month's amount is unknown (the Ningxia standard past 2023-09-01), every view still says for how
// many months and which — the months are known (JSON `months`), only the money is not.
const PROFILE = "test/fixtures-data/law3-months/near-retirement.yaml";
const eval_ = (...more: string[]) =>
  butie(["eval", PROFILE, "--program", "ningxia.unemployment-benefit", "--as-of", "2026-12-07", ...more]);

describe("the months of a benefit whose monthly amount is unknown", () => {
  it.each([
    ["text", "zh", "共10个月（2026年12月至2027年9月），每月金额未知"],
    ["md", "zh", "共10个月（2026年12月至2027年9月），每月金额未知"],
    ["html", "zh", "共10个月（2026年12月至2027年9月），每月金额未知"],
    ["text", "en", "10 months (December 2026 to September 2027); each month: Amount unknown"],
  ])("--format %s --lang %s says them", async (format, lang, words) => {
    const run = await eval_(...(format === "text" ? [] : ["--format", format]), "--lang", lang);
    expect(run.stdout.replace(/\n\s*/g, "")).toContain(words);
  });

  it("the last known value is still given", async () => {
    const run = await eval_();
    expect(run.stdout.replace(/\n\s*/g, "")).toContain("最后已知为 1575 元/月（2021年9月1日起）");
  });
});
