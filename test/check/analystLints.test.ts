import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst2: rules the linter called clean although they pay a wrong amount or decide a wrong status. Each
// scenario is the analyst's own file (a 孝感 variant of the 湖北 start-up subsidy) with one mistake.
const CASES = [
  // F1: units in expressions.
  [
    "lint-unit-money-as-months",
    "startup-tiered.yaml:53:48 rule/unit-mismatch the amount `minMonths` is in months: an amount is in yuan or yuan/month",
  ],
  [
    "lint-unit-years-vs-months",
    "startup-tiered.yaml:43:11 rule/unit-mismatch `yearsBetween(business.licenseDate, asOf)` is in years; `minMonths` is in months: they cannot be compared; use monthsBetween",
  ],
  [
    "lint-unit-plain-vs-months",
    "startup-tiered.yaml:43:11 rule/unit-mismatch `business.employees` has no unit (a plain number); `minMonths` is in months: they cannot be compared",
  ],
  // F1b: an id under excludes that names no program.
  [
    "lint-excludes-unknown",
    "startup-tiered.yaml:46:12 rule/excludes-unknown `hubei.startup-subsdy` under excludes is the id of no bundled or local program (did you mean `hubei.startup-subsidy`?)",
  ],
  // F4: a case after one whose bound is a parameter (minMonths = 12 on every date).
  [
    "lint-case-unreachable-param",
    "startup-tiered.yaml:52:15 rule/case-unreachable case 2 can never match: earlier cases already cover every value of monthsOperating it accepts",
  ],
  // F2: conditions that can never be true.
  [
    "lint-never-true-range",
    "startup-tiered.yaml:43:11 rule/never-true this condition can never be true: monthsOperating cannot be at least 12 and below 6; everyone would be found not eligible",
  ],
  [
    "lint-never-true-not",
    "startup-tiered.yaml:39:11 rule/never-true this condition can never be true: person.povertyAlleviated cannot be both true and false",
  ],
  // F8: smaller gaps.
  [
    "lint-bare-figure",
    "startup-tiered.yaml:54:30 rule/bare-amount (warning) the amount `low + 3000` holds the bare number 3000",
  ],
  [
    "lint-record-field-typo",
    "hiring-reward.yaml:61:15 expr/unknown-name unknown parameter or field `contractMonth` (did you mean `contractMonths`?)",
  ],
  [
    "lint-reads-later",
    "startup-tiered.yaml:36:12 expr/unknown-name `monthsOperating` is a named value of this file defined below the one that reads it",
  ],
] as const;

describe("analyst2: check finds what would pay a wrong amount or decide a wrong status", () => {
  it.each(CASES)("%s", async (scenario, expected) => {
    const { stderr, code } = await butie(["check", "--lang", "en", `test/fixtures-data/${scenario}`]);
    expect(stderr).toContain(`test/fixtures-data/${scenario}/`);
    expect(stderr).toContain(expected);
    expect(code).toBe(expected.includes("(warning)") ? 0 : 1);
  });
});

describe("analyst2 F1b: every command that loads the rules refuses an excludes id that names no program", () => {
  it("eval with the local rule refuses it, in the run's language, with the id it meant", async () => {
    const run = await butie([
      "eval",
      "examples/hubei-startup.yaml",
      "--rules",
      "test/fixtures-data/lint-excludes-unknown",
      "--as-of",
      "2022-09-01",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "rule/excludes-unknown excludes 中的 `hubei.startup-subsdy` 不是任何内置或本地项目的 id（是否想写 `hubei.startup-subsidy`？）",
    );
  });
});

describe("analyst2 F8: --param takes a percentage for a ratio, as profiles do, and says it back", () => {
  const run = (param: string) =>
    butie([
      "eval",
      "examples/ningxia-unemployment.yaml",
      "--as-of",
      "2021-09-01",
      "--program",
      "ningxia.unemployment-subsidy",
      "--param",
      `ningxia.unemployment-subsidy.${param}`,
    ]);

  it("90% for a ratio is 0.9: the what-if note says 80% → 90%", async () => {
    const [percent, fraction] = [await run("higherTierRate=90%"), await run("higherTierRate=0.9")];
    expect(percent.code).toBe(0);
    expect(percent.stdout).toContain("第一档比例：80% → 90%");
    expect(percent.stdout).toContain("合计8942.4元");
    expect(fraction.stdout).toContain("合计8942.4元");
  });

  it("a percentage for months is refused in Chinese words, not as a type", async () => {
    const { code, stderr } = await run("maximumMonths=50%");
    expect(code).toBe(2);
    expect(stderr).toContain(
      "ningxia.unemployment-subsidy.maximumMonths 不是比例（单位是月），不能写成百分数",
    );
  });
});
