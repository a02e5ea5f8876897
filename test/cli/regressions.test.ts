import { describe, expect, it } from "vitest";
import { butie, STACK_FRAME, scenario } from "./memoryIo.js";

const dir = scenario("regressions");
const HEFEI = "examples/hefei-provident-fund.yaml";

// Each case was reported by a reviewer or a first-time user; each fails on the code before its fix.
describe("CLI regressions", () => {
  it("a YAML alias bomb is an input error, located, not an internal error", async () => {
    const { code, stderr } = await butie(["eval", `${dir}alias-bomb.yaml`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/alias-bomb\.yaml:1:1 yaml\/syntax Excessive alias count/);
    expect(stderr).not.toMatch(STACK_FRAME);
  });

  // PRODUCT §5 (issue 6 §11): the amount keeps what is known — `per` and the rest — with `value: null`.
  it("an eligible program whose amount depends on an unknown field keeps `amount` with `value: null` in JSON", async () => {
    const { stdout } = await butie([
      "eval",
      `${dir}startup-no-returned-home.yaml`,
      "--as-of",
      "2022-09-01",
      "--program",
      "hubei.startup-subsidy",
      "--format",
      "json",
    ]);
    const [result] = JSON.parse(stdout).results;
    expect(result).toMatchObject({
      status: "eligible",
      amount: { value: null, currency: "CNY", per: "once" },
      missing: ["business.returnedHome"],
    });
  });

  it("an option that takes a value does not swallow the profile after it", async () => {
    const { code, stdout } = await butie([
      "eval",
      "--program",
      "hefei.provident-fund",
      HEFEI,
      "--as-of",
      "2022-03-01",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results.map((r: { program: string }) => r.program)).toEqual([
      "hefei.provident-fund",
    ]);
  });

  it("--program takes comma-separated ids", async () => {
    const { stdout } = await butie([
      "eval",
      HEFEI,
      "--program",
      "hefei.provident-fund,hubei.startup-subsidy",
      "--format",
      "json",
    ]);
    expect(JSON.parse(stdout).results).toHaveLength(2);
  });

  it("in JSON mode, commander's own usage errors are JSON on stdout too", async () => {
    const { code, stdout } = await butie(["eval", HEFEI, "--format", "json", "--bogus"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      error: { kind: "usage", message: "unknown option '--bogus'", messageZh: "未知选项 '--bogus'" },
    });
  });

  it("one bad profile among several does not cost the others their results; the run exits 2", async () => {
    const { code, stdout } = await butie([
      "eval",
      HEFEI,
      `${dir}bad-field.yaml`,
      HEFEI,
      "--as-of",
      "2022-03-01",
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.results)).toHaveLength(2);
    expect(lines.at(-1).error.diagnostics[0]).toMatchObject({ code: "profile/unknown-key", line: 2, col: 3 });
  });

  it("an empty profile or a directory is a clear input error", async () => {
    const empty = await butie(["eval", "-"], { stdin: "   \n" });
    expect(empty.stderr).toBe("<stdin>:1:1 input/unreadable 档案文件是空的\n");
    const directory = await butie(["eval", "examples", "--lang", "en"]);
    expect(directory.stderr).toBe("examples:1:1 input/unreadable cannot read: it is a directory\n");
  });

  it("`butie test --reporter json` with a broken fixture reports it as a failed case of a complete report", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      `${dir}broken-fixture.test.yaml`,
      "--reporter",
      "json",
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect([report.passed, report.failed]).toEqual([0, 1]);
    expect(report.cases[0].problems[0]).toContain("eligible");
  });

  it("a misspelt status in a fixture is an invalid value with a suggestion, not a missing key", async () => {
    const { stdout } = await butie(["test", "--lang", "en", `${dir}broken-fixture.test.yaml`]);
    expect(stdout).toContain("schema/invalid");
    expect(stdout).toContain("(did you mean `eligible`?)");
    expect(stdout).not.toContain("missing-key");
  });

  it("a rule number with more digits than a double keeps is an error, not a silently different amount", async () => {
    const { code, stderr } = await butie([
      "check",
      "--lang",
      "en",
      "test/fixtures-data/regressions-imprecise",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "startup-subsidy.yaml:31:28 rule/imprecise-number 12345678901234567.89 has more digits than are kept; it would be used as 12345678901234568",
    );
  });

  it("singular and plural in summaries", async () => {
    const { stderr } = await butie(["check", "--lang", "en", "rules/hefei/provident-fund.yaml"]);
    expect(stderr).toBe("0 errors, 0 warnings in 1 file\n");
  });
});
