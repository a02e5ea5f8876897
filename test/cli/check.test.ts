import { describe, expect, it } from "vitest";
import { butie, STACK_FRAME } from "./memoryIo.js";

const lines = (text: string) => text.split("\n").filter((l) => l !== "");
const SUMMARY = /^\d+ errors?, \d+ warnings? in \d+ files?$/;

/**
 * `butie check <args>` from the repository root. In text mode the diagnostics go to stderr (PRODUCT.md §4:
 * diagnostics on stderr, machine output on stdout), followed by the summary line.
 */
async function checkRun(args: string[]) {
  const run = await butie(["check", "--lang", "en", ...args]);
  const err = lines(run.stderr);
  const summary = SUMMARY.test(err.at(-1) ?? "") ? (err.pop() as string) : "";
  return { ...run, diagnostics: err, summary };
}

/** `butie check test/fixtures-data/<name>`. */
const check = (name: string, ...args: string[]) => checkRun([`test/fixtures-data/${name}`, ...args]);
const DIAGNOSTIC = /^[^\s:]+:\d+:\d+ [a-z]+\/[a-z-]+ .+$/;

describe("butie check on the bundled rules", () => {
  it("is clean: exit 0, `0 errors`, nothing on stdout", async () => {
    const { code, stdout, diagnostics, summary } = await checkRun([]);
    expect(stdout).toBe("");
    expect(diagnostics).toEqual([]);
    expect(summary).toMatch(/^0 errors, 0 warnings in \d+ files$/);
    expect(code).toBe(0);
  });

  it("is clean with --format json", async () => {
    const { code, stdout, stderr } = await butie(["check", "--lang", "en", "--format", "json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });
    // 9 programs, 9 fixture files and the field catalogue.
    expect(report.files).toBeGreaterThanOrEqual(19);
  });

  it("is clean on the trimmed copy the broken scenarios start from", async () => {
    const { code, stdout, stderr } = await check("check-clean");
    expect(stdout).toBe("");
    expect(stderr).toBe("0 errors, 0 warnings in 1 file\n");
    expect(code).toBe(0);
  });

  it("checks the example local-rules folder clean", async () => {
    const { code, stdout, diagnostics } = await checkRun(["examples/local-rules"]);
    expect(stdout).toBe("");
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});

/** One scenario folder per problem: the exact `file:line:col code message` line it must produce. */
const PROBLEMS: { name: string; problem: string; line: string }[] = [
  {
    name: "check-undeclared-field",
    problem: "an undeclared field in a condition test, with a suggestion",
    // The column is where the expression starts (`addYears(…`), on the line of the test.
    line: "test/fixtures-data/check-undeclared-field/startup-subsidy.yaml:25:20 expr/unknown-field undeclared field `business.licenceDate` (did you mean `business.licenseDate`?)",
  },
  {
    name: "check-tiers-overlap",
    problem: "two tiers that overlap",
    line: "test/fixtures-data/check-tiers-overlap/unemployment-benefit.yaml:34:11 rule/tiers-overlap tier 2 (from 48) overlaps tier 1 (below 60)",
  },
  {
    name: "check-tiers-gap",
    problem: "a gap between two tiers",
    line: "test/fixtures-data/check-tiers-gap/unemployment-benefit.yaml:34:11 rule/tiers-gap no tier covers 60 up to 72: tier 1 ends below 60, tier 2 starts at 72",
  },
  {
    name: "check-dates-unordered",
    problem: "a dated parameter value listed out of order",
    line: "test/fixtures-data/check-dates-unordered/startup-subsidy.yaml:17:7 rule/dates-unordered 2021-08-26 is listed after 2022-01-01; list dated values oldest first",
  },
  {
    name: "check-otherwise-not-last",
    problem: "a `when: otherwise` case that is not last",
    line: "test/fixtures-data/check-otherwise-not-last/startup-subsidy.yaml:31:15 rule/otherwise-not-last `when: otherwise` must be the last case: later cases could never match",
  },
  {
    name: "check-case-unreachable",
    problem: "a first-match case that can never match (`x >= 6` after `x >= 1`)",
    line: "test/fixtures-data/check-case-unreachable/unemployment-subsidy.yaml:32:15 rule/case-unreachable case 2 can never match: earlier cases already cover every value of unemployment.contributionMonths it accepts",
  },
  {
    name: "check-missing-quote",
    problem: "a source without its quote",
    line: "test/fixtures-data/check-missing-quote/startup-subsidy.yaml:8:5 schema/missing-key missing required key `quote`",
  },
  {
    name: "check-unknown-source",
    problem: "a condition citing a source id that is not in `sources`",
    line: "test/fixtures-data/check-unknown-source/startup-subsidy.yaml:21:13 rule/unknown-source no source with id `hubei-21` in `sources`",
  },
];

describe("butie check finds each problem at its exact line:col, exit 1", () => {
  it.each(PROBLEMS)("$problem ($name)", async ({ name, line }) => {
    const { code, stdout, diagnostics, summary } = await check(name);
    expect(diagnostics).toEqual([line]);
    expect(summary).toBe("1 error, 0 warnings in 1 file");
    expect(stdout).toBe("");
    expect(code).toBe(1);
  });

  it("a typo'd key (`titel`), with “did you mean `title`”", async () => {
    const { code, diagnostics } = await check("check-typo-key");
    expect(diagnostics).toContain(
      "test/fixtures-data/check-typo-key/startup-subsidy.yaml:3:1 schema/unknown-key unknown key `titel` (did you mean `title`?)",
    );
    expect(code).toBe(1);
  });

  it("a {placeholder} in a sentence that names no single-valued parameter of the rule, at line:col", async () => {
    const { code, diagnostics } = await check("check-unknown-placeholder");
    const file = "test/fixtures-data/check-unknown-placeholder/startup-subsidy.yaml";
    expect(diagnostics).toEqual([
      `${file}:30:63 rule/unknown-placeholder \`{operatingYear}\` names no parameter or named value of this rule (did you mean \`operatingYears\`?)`,
      `${file}:38:62 rule/unknown-placeholder \`{table}\` is a table; a sentence can quote only a single value`,
    ]);
    expect(code).toBe(1);
  });

  it("a fixture naming an unknown program and an unknown profile field, with suggestions", async () => {
    const { code, diagnostics, summary } = await check("check-fixture-unknown");
    expect(diagnostics).toEqual([
      "test/fixtures-data/check-fixture-unknown/startup-subsidy.test.yaml:11:9 profile/unknown-key `business.licenceDate`: unknown field (did you mean `licenseDate`?)",
      "test/fixtures-data/check-fixture-unknown/startup-subsidy.test.yaml:16:5 fixture/unknown-program unknown program `hubei.startup-subsidi` (did you mean `hubei.startup-subsidy`?)",
    ]);
    expect(summary).toBe("2 errors, 0 warnings in 1 file");
    expect(code).toBe(1);
  });

  it("collects the problems of several folders in one run, sorted by file", async () => {
    const { code, diagnostics, summary } = await checkRun([
      "test/fixtures-data/check-tiers-gap",
      "test/fixtures-data/check-dates-unordered",
    ]);
    expect(code).toBe(1);
    expect(summary).toBe("2 errors, 0 warnings in 2 files");
    expect(diagnostics.map((l) => l.split(" ")[0])).toEqual([
      "test/fixtures-data/check-dates-unordered/startup-subsidy.yaml:17:7",
      "test/fixtures-data/check-tiers-gap/unemployment-benefit.yaml:34:11",
    ]);
  });

  it("every line has the shape `file:line:col code message`", async () => {
    for (const { name } of PROBLEMS) {
      const { diagnostics } = await check(name);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const l of diagnostics) expect(l).toMatch(DIAGNOSTIC);
    }
  });
});

describe("warnings do not fail", () => {
  it("a parameter never used and a source never cited are warnings: exit 0", async () => {
    const { code, stdout, diagnostics, summary } = await check("check-warnings-only");
    expect(stdout).toBe("");
    expect(diagnostics).toEqual([
      "test/fixtures-data/check-warnings-only/startup-subsidy.yaml:12:9 rule/source-uncited (warning) source `civil-code-1259` is never cited by a condition, parameter or tier",
      "test/fixtures-data/check-warnings-only/startup-subsidy.yaml:21:3 rule/unused-parameter (warning) parameter `returnHomeSubsidy` is never used",
    ]);
    expect(summary).toBe("0 errors, 2 warnings in 1 file");
    expect(code).toBe(0);
  });

  it("in JSON the warnings carry severity `warning`", async () => {
    const { code, stdout } = await check("check-warnings-only", "--format", "json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ files: 1, errors: 0, warnings: 2 });
    expect(report.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity])).toEqual([
      ["rule/source-uncited", "warning"],
      ["rule/unused-parameter", "warning"],
    ]);
  });
});

describe("butie check --format json", () => {
  it("reports each diagnostic with file, line, col, code, message and severity; exit 1", async () => {
    const { code, stdout, stderr } = await check("check-tiers-overlap", "--format", "json");
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [
        expect.objectContaining({
          file: "test/fixtures-data/check-tiers-overlap/unemployment-benefit.yaml",
          line: 34,
          col: 11,
          code: "rule/tiers-overlap",
          message: "tier 2 (from 48) overlaps tier 1 (below 60)",
          severity: "error",
        }),
      ],
    });
  });

  it("locates fixture problems too", async () => {
    const { code, stdout } = await check("check-fixture-unknown", "--format", "json");
    expect(code).toBe(1);
    const { diagnostics } = JSON.parse(stdout);
    expect(
      diagnostics.map((d: { line: number; col: number; code: string }) => `${d.line}:${d.col} ${d.code}`),
    ).toEqual(["11:9 profile/unknown-key", "16:5 fixture/unknown-program"]);
  });
});

describe("butie check on local override files and fixture params", () => {
  // A bureau's override file is a rule file: `check` lints it like one, located, and does not stop at the first.
  it("reports overrides of an unknown program and of an unknown parameter, located, with suggestions: exit 1", async () => {
    const { code, diagnostics: out, summary } = await check("check-override-problems");
    expect(out).toContainEqual(
      expect.stringMatching(
        /^test\/fixtures-data\/check-override-problems\/migrant-living-subsidy\.yaml:(2:12|6:3) \S+ .*`ningxia\.migrant-living-subsidi` \(did you mean `ningxia\.migrant-living-subsidy`\?\)$/,
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^test\/fixtures-data\/check-override-problems\/migrant-living-subsidy-typo\.yaml:6:3 \S+ .*`monthlyAmont` \(did you mean `monthlyAmount`\?\)$/,
      ),
    );
    expect(summary).toBe("2 errors, 0 warnings in 2 files");
    expect(code).toBe(1);
  });

  it("reports an override value of the wrong kind, located: exit 1", async () => {
    const { code, diagnostics } = await check("override-wrong-kind");
    expect(diagnostics).toEqual([
      expect.stringMatching(
        /^test\/fixtures-data\/override-wrong-kind\/migrant-living-subsidy\.yaml:(4:3|6:\d+) \S+ .*monthlyAmount is a number/,
      ),
    ]);
    expect(code).toBe(1);
  });

  it("reports dated values out of order in an override file: exit 1", async () => {
    const { code, diagnostics } = await check("check-override-dates-unordered");
    expect(diagnostics).toEqual([
      "test/fixtures-data/check-override-dates-unordered/migrant-living-subsidy.yaml:9:7 rule/dates-unordered 2021-01-01 is listed after 2022-01-01; list dated values oldest first",
    ]);
    expect(code).toBe(1);
  });

  // A fixture's what-if `params` name a program and a parameter: like `expect`, they are checked.
  it("reports fixture `params` naming an unknown parameter or program, located, with suggestions: exit 1", async () => {
    const { code, diagnostics: out } = await check("check-fixture-params");
    expect(out).toContainEqual(
      expect.stringMatching(
        /^test\/fixtures-data\/check-fixture-params\/migrant-living-subsidy\.test\.yaml:5:13 \S+ .*`monthlyAmont` \(did you mean `monthlyAmount`\?\)$/,
      ),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        /^test\/fixtures-data\/check-fixture-params\/migrant-living-subsidy\.test\.yaml:13:13 \S+ .*`ningxia\.migrant-living-subsidi` \(did you mean `ningxia\.migrant-living-subsidy`\?\)$/,
      ),
    );
    expect(code).toBe(1);
  });
});

describe("butie check could not run: exit 2", () => {
  it("a path that does not exist", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/nowhere"]);
    expect(code).toBe(2);
    expect(stderr).toContain("test/fixtures-data/nowhere");
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  it("an unknown --format", async () => {
    const { code } = await butie(["check", "--lang", "en", "--format", "xml"]);
    expect(code).toBe(2);
  });
});
