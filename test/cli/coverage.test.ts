import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

const PARTIAL = [
  "test/fixtures-data/coverage-partial/fixtures",
  "--rules",
  "test/fixtures-data/coverage-partial/rules",
];
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe("butie test --coverage on the bundled rules", () => {
  it("reports 100.0% in all, every program at 100%: exit 0", async () => {
    const { code, stdout, stderr } = await butie(["test", "--lang", "en", "--coverage"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("  100.0% in all\n");
    expect(stdout).not.toContain("not exercised");
    const rows = stdout.split("\n").filter((l) => /^\s+\d+\.\d%\s+[a-z]+\.[a-z-]+ \(\d+\/\d+\)$/.test(l));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row).toMatch(/^\s+100\.0%/);
    expect(lastLine(stdout)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("--min-coverage 100 passes: exit 0", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", "--min-coverage", "100"]);
    expect(code).toBe(0);
    expect(stdout).toContain("100.0% in all (minimum 100%)");
  });

  it("--reporter json gives the percentage and each program's count", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", "--coverage", "--reporter", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.failed).toBe(0);
    expect(report.coverage.percent).toBe(100);
    expect(report.coverage.programs).toHaveLength(9);
    for (const p of report.coverage.programs) {
      expect(p.covered).toBe(p.total);
      expect(p.gaps).toEqual([]);
    }
  });
});

describe("butie test --coverage on a rule its fixtures only partly exercise", () => {
  it("lists what no fixture exercises, for the tested program only", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", ...PARTIAL, "--coverage"]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      [
        "Coverage (condition outcomes true/false/unknown, amount cases and tiers):",
        "   50.0%  hubei.startup-subsidy (4/8)",
        "          not exercised: condition poverty-alleviated: false",
        "          not exercised: condition poverty-alleviated: unknown",
        "          not exercised: condition operating-normally: unknown",
        "          not exercised: amount value case 2",
        "  50.0% in all",
      ].join("\n"),
    );
    // Programs the named fixtures do not test are left out.
    expect(stdout).not.toContain("ningxia.");
    expect(lastLine(stdout)).toBe("2 passed, 0 failed");
  });

  it("--min-coverage 90 fails: exit 1, though every fixture passed", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", ...PARTIAL, "--min-coverage", "90"]);
    expect(code).toBe(1);
    expect(stdout).toContain("  50.0% in all (minimum 90%)");
    expect(stdout).toContain("not exercised: condition poverty-alleviated: false");
    expect(lastLine(stdout)).toBe("2 passed, 0 failed");
  });

  it("--min-coverage 50 passes: exit 0 (the minimum is inclusive)", async () => {
    const { code } = await butie(["test", "--lang", "en", ...PARTIAL, "--min-coverage", "50"]);
    expect(code).toBe(0);
  });

  it("--reporter json lists the gaps", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      ...PARTIAL,
      "--coverage",
      "--reporter",
      "json",
    ]);
    expect(code).toBe(0);
    const { coverage } = JSON.parse(stdout);
    expect(coverage).toEqual({
      percent: 50,
      programs: [
        {
          program: "hubei.startup-subsidy",
          covered: 4,
          total: 8,
          gaps: [
            "condition poverty-alleviated: false",
            "condition poverty-alleviated: unknown",
            "condition operating-normally: unknown",
            "amount value case 2",
          ],
        },
      ],
    });
  });

  it.each(["abc", "101", "-1"])("--min-coverage %s is a usage error: exit 2", async (pct) => {
    const { code, stderr } = await butie(["test", "--lang", "en", ...PARTIAL, "--min-coverage", pct]);
    expect(code).toBe(2);
    expect(stderr).toContain(`--min-coverage ${pct}`);
  });
});

describe("butie test --reporter junit", () => {
  it("emits a <testsuite> with a <failure> for the failing fixture: exit 1", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/test-failing",
      "--reporter",
      "junit",
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuite /);
    expect(stdout).toContain('<testsuite name="butie fixtures" tests="2" failures="1">');
    expect(stdout).toContain(
      '<testcase classname="hefei.provident-fund" name="误以为舍去角分，月缴存额333元" file="test/fixtures-data/test-failing/hefei.test.yaml" line="10">',
    );
    expect(stdout).toContain(
      '<failure message="amount: expected 333, got 334">amount: expected 333, got 334</failure>',
    );
    expect(stdout.match(/<failure /g)).toHaveLength(1);
    expect(stdout.trimEnd().endsWith("</testsuite>")).toBe(true);
  });

  it("has no <failure> when every fixture passes: exit 0", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/test-passing",
      "--reporter",
      "junit",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('failures="0"');
    expect(stdout).not.toContain("<failure");
  });
});
