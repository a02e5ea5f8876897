import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

// Issue 10 §6: a run that tests nothing, or tests the wrong thing, must never look green.
const at = (name: string) => `test/fixtures-data/${name}`;

describe("no false greens in `butie test`", () => {
  it("a rule with no fixtures is 0 % covered and fails --min-coverage 100", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      at("test-no-fixtures"),
      "--coverage",
      "--min-coverage",
      "100",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("0.0%  hubei.startup-subsidy-untested (0/3)");
    expect(stdout).toContain("0.0% in all (minimum 100%)");
    expect(stdout).toContain("no fixture files (*.test.yaml) found: nothing was tested");
  });

  it("zero fixtures is 0 % in JSON too", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      at("test-no-fixtures"),
      "--coverage",
      "--reporter",
      "json",
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).coverage.percent).toBe(0);
  });

  it("a --filter that matches nothing exits 1", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", at("test-passing"), "--filter", "nosuch"]);
    expect(code).toBe(1);
    expect(stdout).toContain('no case name or program matches --filter "nosuch": nothing was tested');
  });

  it("a status mismatch names the conditions that decided it", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", at("test-status-mismatch")]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'status: expected "eligible", got "ineligible"\n     decided by: pension-one-year false\n',
    );
    expect(stdout).toContain("decided by: adult unknown (person.birthDate);");
  });

  it("one fixture file that cannot load is a failure, and the others still run", async () => {
    const { code, stdout } = await butie(["test", "--lang", "en", at("test-one-broken")]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "b-broken.test.yaml:6:3 schema/unknown-key unknown key `expct` (did you mean `expect`?)",
    );
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("2 passed, 1 failed");
  });

  it("--reporter junit writes a complete document with the broken file as a failed case", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      at("test-one-broken"),
      "--reporter",
      "junit",
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<\?xml[\s\S]*<testsuite [^>]*tests="3" failures="1">[\s\S]*<\/testsuite>\n$/);
    expect(stdout).toContain("schema/unknown-key");
  });

  it("--reporter junit writes a complete document even when the rules cannot load: exit 2", async () => {
    const { code, stdout, stderr } = await butie([
      "test",
      "--lang",
      "en",
      at("test-passing"),
      "--rules",
      at("check-typo-key"),
      "--reporter",
      "junit",
    ]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^<\?xml[\s\S]*<error message="[^"]*schema\/missing-key[\s\S]*<\/testsuite>\n$/);
    expect(stderr).toContain("schema/unknown-key");
  });

  it("--reporter json with a broken fixture file is one complete document", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      at("test-one-broken"),
      "--reporter",
      "json",
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect([report.passed, report.failed]).toEqual([2, 1]);
  });
});

describe("`butie check` validates fixture expectations", () => {
  it("a `failed:` id and a `missing:` path that name nothing are located errors with suggestions", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", at("test-fixture-ids")]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "hefei.test.yaml:10:58 fixture/unknown-condition `hefei.provident-fund` has no condition `pension-one-yaer` (did you mean `pension-one-year`?)",
    );
    expect(stderr).toContain(
      "hefei.test.yaml:10:87 fixture/unknown-field `person.birthdate` is not a declared field (did you mean `person.birthDate`?)",
    );
  });

  it("accepts a list record's field in `missing:` (the bundled fixtures are clean)", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", "rules/hubei/hiring-reward.test.yaml"]);
    expect(stderr).toBe("0 errors, 0 warnings in 1 file\n");
    expect(code).toBe(0);
  });
});
