import { describe, expect, it } from "vitest";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { butie } from "../cli/memoryIo.js";

// analyst F10: one syntax error is reported once (the parser loses the file after it), with the quoting hint
// when a `{placeholder}` stands unquoted in a flow map.
describe("a YAML syntax error", () => {
  it("check reports the first one, with the hint to quote a text holding {…}, and stops for that file", async () => {
    const { code, stderr } = await butie([
      "check",
      "--lang",
      "en",
      "test/fixtures-data/yaml-unquoted-braces",
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'test/fixtures-data/yaml-unquoted-braces/reemployment-bonus.yaml:44:22 yaml/syntax Unexpected flow-map-start at node end: a text on this line holds {…} (a placeholder); inside { … } it must be quoted, as "at least {minimumMonths} months"\n1 error, 0 warnings in 1 file\n',
    );
  });

  it("has no hint where no {…} is the cause, and a quoted placeholder is fine", () => {
    const broken = new YamlSource("a.yaml", "a: [1, 2\nb: 3\nc: ]\n");
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]?.message).not.toContain("placeholder");
    expect(new YamlSource("b.yaml", 'text: { zh: "满{n}个月" }\n').diagnostics).toEqual([]);
  });
});

// analyst F3: an impossible date as a dated value's key says so, at the key (not "Invalid key in record").
describe("a dated value keyed by an impossible date", () => {
  it("is not a calendar date", async () => {
    const { stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/rule-bad-date-key"]);
    expect(stderr).toBe(
      "test/fixtures-data/rule-bad-date-key/reemployment-bonus.yaml:21:7 schema/invalid `parameters.minimumMonths.values.2023-02-30`: not a calendar date\n1 error, 0 warnings in 1 file\n",
    );
  });
});
