import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

// Issue 10 "done when": a local directory with its own fields.yaml, a new program using a new field, named
// values and a parameter as tier bound, its fixtures, and an override with its own source.
const DIR = "test/fixtures-data/bureau-walkthrough";
const PROFILE =
  'person: { birthDate: 1966-03-15, sex: male }\nhardship: { region: "640104", registered: true }\n';
const PROGRAM = "yinchuan.near-retirement-subsidy";
const evalLocal = (...extra: string[]) =>
  butie(["eval", "--trace", "-", "--as-of", "2025-01-15", "--rules", DIR, "--program", PROGRAM, ...extra], {
    stdin: PROFILE,
  });

describe("a bureau's local rule directory", () => {
  it("`check <dir>` is clean", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", DIR]);
    expect(stderr).toBe("0 errors, 0 warnings in 5 files\n");
    expect(code).toBe(0);
  });

  it("`test <dir> --coverage --min-coverage 100` passes at 100 % with no other flag", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      DIR,
      "--coverage",
      "--min-coverage",
      "100",
    ]);
    expect(stdout).toContain("100.0%  yinchuan.near-retirement-subsidy (8/8)");
    expect(stdout).toContain("100.0% in all (minimum 100%)");
    expect(code).toBe(0);
  });

  it("a profile may hold the local field; eval shows each named value once and fills it into texts", async () => {
    const { code, stdout } = await evalLocal();
    expect(code).toBe(0);
    expect(stdout).toContain(
      "中间值: 法定退休日期 retirement = 2026-07-15; 距法定退休月数 monthsToRetirement = 18\n",
    );
    expect(stdout.match(/retirement = 2026-07-15/g)).toHaveLength(1);
    expect(stdout).toContain("✓ 未达法定退休年龄（2026年7月15日）");
  });

  it("shows the label of the months tier that applied, with its source", async () => {
    const { stdout } = await evalLocal("--lang", "en");
    expect(stdout).toContain("Months case: Under 5 years: paid until retirement [example-notice]");
  });

  it("a tier bound that is a parameter follows a --param what-if", async () => {
    const { stdout } = await evalLocal("--lang", "en", "--param", `${PROGRAM}.nearRetirementMonths=12`);
    expect(stdout).toContain("300 yuan/month, at most 36 months, 10800 yuan in all");
    expect(stdout).toContain("Months case: 5 years or more: at most 3 years");
  });

  it("a named value that is unknown is asked for by the fields it reads", async () => {
    const { stdout } = await butie(
      ["eval", "-", "--as-of", "2025-01-15", "--rules", DIR, "--program", PROGRAM, "--format", "json"],
      { stdin: 'person: { sex: male }\nhardship: { region: "640104", registered: true }\n' },
    );
    const [result] = JSON.parse(stdout).results;
    expect(result.status).toBe("undetermined");
    expect(result.missing).toEqual(["person.birthDate"]);
  });

  it("`eval --rules <dir>` quotes the override's source", async () => {
    const { stdout } = await butie([
      "eval",
      "--trace",
      "test/fixtures-data/migrant-2020.yaml",
      "--as-of",
      "2020-09-01",
      "--rules",
      DIR,
    ]);
    expect(stdout).toContain("失业农民工临时生活补助标准为每人每月550元。");
  });
});

describe("`check` on named values and parameter tier bounds", () => {
  it("finds a value named like a parameter, a `{name}` naming no value, and a gap a later parameter value opens", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/check-named-values"]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      "test/fixtures-data/check-named-values/near-retirement.yaml:17:3 rule/duplicate-id `lowerBound` is already a parameter; give the named value another name",
      "test/fixtures-data/check-named-values/near-retirement.yaml:26:27 rule/unknown-placeholder `{retirment}` names no parameter or named value of this rule (did you mean `retirement`?)",
      "test/fixtures-data/check-named-values/near-retirement.yaml:35:11 rule/tiers-gap no tier covers 60 up to 70: tier 1 ends below 60, tier 2 starts at 70 (with the values in force on 2025-01-01)",
      "3 errors, 0 warnings in 1 file",
    ]);
  });
});

describe("named values and months cases in every format", () => {
  it("JSON carries each named value once and the months case", async () => {
    const { stdout } = await evalLocal("--format", "json", "--lang", "en");
    const [result] = JSON.parse(stdout).results;
    expect(result.namedValues).toEqual({
      retirement: { label: "Statutory retirement date", value: "2026-07-15" },
      monthsToRetirement: { label: "Months to statutory retirement", value: 18 },
    });
    expect(result.amount.monthsCase).toBe("Under 5 years: paid until retirement");
  });

  it("Markdown shows them too", async () => {
    const { stdout } = await evalLocal("--format", "md");
    expect(stdout).toContain("- 中间值：法定退休日期 2026年7月15日；距法定退休月数 18");
    expect(stdout).toContain("- 月数档次：不足5年：补贴至退休");
  });
});

describe("an amount note", () => {
  // hubei.rural-welfare-post caps the amount at the local urban post subsidy and explains it in a note.
  const run = (welfarePost: string) =>
    butie(["eval", "--trace", "-", "--as-of", "2022-03-01", "--program", "hubei.rural-welfare-post"], {
      stdin: `person: { povertyAlleviated: true, cannotWorkAway: true, noOtherSupport: true, ableForPost: true }\nwelfarePost: ${welfarePost}\n`,
    });

  it("is shown beside a known amount", async () => {
    const { stdout } = await run('{ region: "420100", urbanPostSubsidy: 1800 }');
    expect(stdout).toContain("最高 1800 元/月");
    expect(stdout).toContain("  说明: 补贴标准根据劳动时间");
  });

  it("never replaces the field still needed", async () => {
    const { stdout } = await run('{ region: "420100" }');
    expect(stdout).toContain("金额待定");
    expect(stdout).toContain("welfarePost.urbanPostSubsidy");
  });
});

describe("an unused named value", () => {
  it("is a warning, like an unused parameter", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/check-unused-value"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /near-retirement-subsidy\.yaml:\d+:3 rule\/unused-value \(warning\) named value `yearsToRetirement` is never used\n0 errors, 1 warning in 2 files\n$/,
    );
  });
});

describe("`rules show` of a local program", () => {
  it("lists the named values and a tier bound that is a parameter, with the tier's source", async () => {
    const { stdout } = await butie(["rules", "show", PROGRAM, "--rules", DIR, "--lang", "en"]);
    expect(stdout).toContain("Named values\n  retirement: Statutory retirement date\n");
    expect(stdout).toContain(
      "monthsToRetirement in [-∞, nearRetirementMonths) → monthsToRetirement   [example-notice]",
    );
  });
});
