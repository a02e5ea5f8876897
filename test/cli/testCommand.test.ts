import { describe, expect, it } from "vitest";
import { ANSI, butie, STACK_FRAME } from "./memoryIo.js";

const SUMMARY = /^\d+ passed, \d+ failed$/;
const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

describe("butie test", () => {
  it("on the bundled rules ends with `N passed, N failed`", async () => {
    const { stdout } = await butie(["test", "--lang", "en"]);
    expect(lastLine(stdout)).toMatch(SUMMARY);
  });

  it("passes a fixture whose expectations hold: exit 0", async () => {
    const { code, stdout, stderr } = await butie(["test", "--lang", "en", "test/fixtures-data/test-passing"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).not.toContain("FAIL");
    expect(lastLine(stdout)).toBe("2 passed, 0 failed");
  });

  it("fails a wrong expectation with file:line, case, program and expected vs actual: exit 1", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", "test/fixtures-data/test-failing"], {
      env: { COLUMNS: "200" },
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      "FAIL test/fixtures-data/test-failing/hefei.test.yaml:10 误以为舍去角分，月缴存额333元 [hefei.provident-fund]\n",
    );
    expect(stdout).toContain("amount: expected 333, got 334");
    expect(stdout).not.toContain("月缴存额334元 [");
    expect(lastLine(stdout)).toBe("1 passed, 1 failed");
    expect(stdout).not.toMatch(ANSI);
  });

  it("--filter runs only the matching cases", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/test-failing",
      "--filter",
      "334",
    ]);
    expect(code).toBe(0);
    expect(lastLine(stdout)).toBe("1 passed, 0 failed");
  });

  it("--reporter json reports each case", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/test-failing",
      "--reporter",
      "json",
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect([report.passed, report.failed]).toEqual([1, 1]);
    expect(report.cases.map((c: { line: number; ok: boolean }) => [c.line, c.ok])).toEqual([
      [1, true],
      [10, false],
    ]);
  });

  it("fails a fixture file with a misspelt key, located and with a suggestion: exit 1", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", "test/fixtures-data/test-unknown-key"], {
      env: { COLUMNS: "300" },
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      "test/fixtures-data/test-unknown-key/hefei.test.yaml:5:3 schema/unknown-key unknown key `expct` (did you mean `expect`?)",
    );
    expect(stdout).not.toMatch(STACK_FRAME);
  });

  // Issue 10 §2: as `check <dir>` does, `test <dir>` loads the rules in that directory.
  it("loads the rules of the directory it tests: a local program's fixture runs against the local program", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/test-local-rules",
      "--coverage",
    ]);
    expect(stdout).not.toContain("FAIL");
    expect(stdout).toContain("hubei.training-uplift (");
    expect(lastLine(stdout)).toBe("1 passed, 0 failed");
    expect(code).toBe(0); // coverage is reported; only --min-coverage makes it fail
  });

  it("a fixture path that does not exist: exit 2", async () => {
    const { code, stderr } = await butie(["test", "test/fixtures-data/nowhere"]);
    expect(code).toBe(2);
    expect(stderr).toBe("butie: 文件或目录不存在：test/fixtures-data/nowhere\n");
  });
});
