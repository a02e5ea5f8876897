import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

const CONFLICT = "test/fixtures-data/check-field-conflict";

// Issue 10 §1: a local rule directory may add fields with its own fields.yaml, never change a bundled one.
describe("a local fields.yaml", () => {
  it("that redeclares a bundled field is a located error in `check`", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", CONFLICT]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "check-field-conflict/fields.yaml:6:5 rule/field-conflict `person.birthDate` is already declared in the bundled rules/fields.yaml",
    );
  });

  it("that redeclares a bundled field stops `eval --rules`: exit 2", async () => {
    const { code, stderr } = await butie(["eval", "-", "--rules", CONFLICT], {
      stdin: "person: { veteran: true }\n",
    });
    expect(code).toBe(2);
    expect(stderr).toContain("rule/field-conflict");
  });

  // Regression: `butie test rules/` in the repository, or a copy of the bundled rules directory, read the bundled
  // catalogue again as a local one and called every field a conflict.
  it("that repeats a bundled field word for word is the same field, not a conflict", async () => {
    const { code, stdout, stderr } = await butie(["test", "--lang", "en", "rules/hefei"]);
    expect(stderr).not.toContain("rule/field-conflict");
    expect(code).toBe(0);
    const again = await butie(["test", "--lang", "en", "rules/"]);
    expect(again.stderr).not.toContain("rule/field-conflict");
    expect(again.stdout).toMatch(/passed, 0 failed/);
    expect(stdout).toMatch(/passed, 0 failed/);
  });
});
