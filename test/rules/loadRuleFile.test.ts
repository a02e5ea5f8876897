import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import { loadRuleFile, loadRules } from "../../src/rules/loadRules.js";
import { SAMPLE_HEAD } from "./sampleRule.js";

const { fields } = loadRules();
const FILE = "rules/test/sample.yaml";

// A small valid program. Line numbers matter: the broken variants below replace single lines of it.
const SAMPLE = `${SAMPLE_HEAD}parameters:
  minimumAge:
    label: { zh: 最低年龄, en: Minimum age }
    unit: years
    values:
      2021-01-01: { value: 18, ref: measures }
conditions:
  - id: adult
    test: addYears(person.birthDate, minimumAge) <= asOf
    text: { zh: 年满18周岁, en: Aged 18 or over }
    source: measures
amount:
  per: once
  value:
    firstMatch:
      - when: person.povertyAlleviated
        value: 2000
      - when: otherwise
        value: 1000
`;

/** SAMPLE with line `n` (1-based) replaced by `lines` (one or more lines). */
function withLine(n: number, ...lines: string[]): string {
  const all = SAMPLE.split("\n");
  all.splice(n - 1, 1, ...lines);
  return all.join("\n");
}

/** The errors found in a rule text (warnings are tested on their own), and whether a program came out. */
function load(text: string): { diagnostics: Diagnostic[]; loaded: boolean } {
  const { program, diagnostics } = loadRuleFile(FILE, fields, text, FILE);
  return { diagnostics: diagnostics.filter((d) => d.severity === "error"), loaded: program !== undefined };
}

/** `line:col code message`, the part of a diagnostic a rule author reads. */
const located = (d: Diagnostic) => `${d.line}:${d.col} ${d.code} ${d.message}`;

describe("loadRuleFile", () => {
  it("loads the sample program without diagnostics", () => {
    const { program, diagnostics } = loadRuleFile(FILE, fields, SAMPLE, FILE);
    expect(diagnostics).toEqual([]);
    expect(program?.id).toBe("test.sample");
    expect(program?.conditions.map((c) => c.id)).toEqual(["adult"]);
  });

  it.each([
    [
      "an undeclared field in a condition test, at the test",
      withLine(21, "    test: addYears(person.birthdate, minimumAge) <= asOf"),
      "21:20 expr/unknown-field undeclared field `person.birthdate` (did you mean `person.birthDate`?)",
    ],
    [
      "a syntax error, at the offending character",
      withLine(21, "    test: addYears(person.birthDate, minimumAge) <="),
      "21:52 expr/syntax Expected expression after <=",
    ],
    [
      "a syntax error in a quoted expression, counting from inside the quote",
      withLine(21, '    test: "(person.povertyAlleviated"'),
      "21:37 expr/syntax Unclosed (",
    ],
    [
      "a condition that is not a yes/no question",
      withLine(21, "    test: minimumAge + 1"),
      "21:11 expr/type expected a boolean expression, got number",
    ],
    [
      "dated values out of order, at the later-listed older value",
      withLine(
        18,
        "      2022-01-01: { value: 20, ref: measures }",
        "      2021-01-01: { value: 18, ref: measures }",
      ),
      "19:7 rule/dates-unordered 2021-01-01 is listed after 2022-01-01; list dated values oldest first",
    ],
    [
      "an end of force before its start",
      withLine(8, "  from: 2021-01-01", "  to: 2020-12-31"),
      "9:7 rule/dates-unordered inForce.to 2020-12-31 is before inForce.from 2021-01-01",
    ],
    [
      "a condition citing an unknown source",
      withLine(23, "    source: measure"),
      "23:13 rule/unknown-source no source with id `measure` in `sources`",
    ],
    [
      "a parameter value citing an unknown source",
      withLine(18, "      2021-01-01: { value: 18, ref: measure }"),
      "18:37 rule/unknown-source no source with id `measure` in `sources`",
    ],
    [
      "`when: otherwise` that is not the last case",
      SAMPLE.replace(
        "      - when: person.povertyAlleviated\n        value: 2000\n      - when: otherwise\n        value: 1000",
        "      - when: otherwise\n        value: 1000\n      - when: person.povertyAlleviated\n        value: 2000",
      ),
      "28:15 rule/otherwise-not-last `when: otherwise` must be the last case: later cases could never match",
    ],
    [
      "an unknown rounding mode in an amount",
      withLine(29, '        value: round(2000.5, 0, "half_up")'),
      '29:16 expr/literal `round` does not know "half_up"; use one of down, half-up, half-even, up (did you mean `half-up`?)',
    ],
    [
      "a jurisdiction field that is not a region",
      withLine(5, "  field: person.sex"),
      "5:10 rule/jurisdiction-field `person.sex` is not a declared region field",
    ],
    [
      "a condition id used twice",
      withLine(
        23,
        "    source: measures",
        "  - id: adult",
        "    test: person.povertyAlleviated",
        "    text: { zh: 脱贫人口, en: Lifted out of poverty }",
      ),
      "24:9 rule/duplicate-id condition id `adult` is used twice",
    ],
    [
      "a key given twice",
      withLine(3, "subject: person", "subject: employer"),
      '4:1 yaml/syntax the key "subject" is written twice in the same mapping; keep one',
    ],
  ])("reports %s", (_what, text, expected) => {
    const { diagnostics, loaded } = load(text);
    expect(diagnostics.map(located)).toEqual([expected]);
    expect(diagnostics[0]?.file).toBe(FILE);
    expect(loaded).toBe(!expected.includes(" schema/") && !expected.includes(" yaml/"));
  });

  it("reports a misspelt key at the key, suggesting the right one", () => {
    const { diagnostics } = load(withLine(2, "titel: { zh: 样例, en: Sample }"));
    const unknownKeys = diagnostics.filter((d) => d.code === "schema/unknown-key");
    expect(unknownKeys.map(located)).toEqual([
      "2:1 schema/unknown-key unknown key `titel` (did you mean `title`?)",
    ]);
  });

  it("reports a misspelt key inside a condition, suggesting the right one", () => {
    const { diagnostics } = load(withLine(22, "    txet: { zh: 年满18周岁, en: Aged 18 or over }"));
    const unknownKeys = diagnostics.filter((d) => d.code === "schema/unknown-key");
    expect(unknownKeys.map(located)).toEqual([
      "22:5 schema/unknown-key unknown key `txet` (did you mean `text`?)",
    ]);
  });

  it("reports every schema problem, not just the first", () => {
    const text = withLine(3, "subjet: person").replace("  - id: adult", "  - id: Adult");
    const { diagnostics } = load(text);
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`).sort()).toEqual(
      ["1:1 schema/missing-key", "3:1 schema/unknown-key", "20:9 schema/invalid"].sort(),
    );
  });

  it("reports every problem in the expressions and references, not just the first", () => {
    const text = SAMPLE.replace(
      "addYears(person.birthDate, minimumAge)",
      "addYears(person.birthdate, minimumAge)",
    )
      .replace("    source: measures", "    source: decree")
      .replace("        value: 1000", "        value: rund(1000.5)")
      .replace(
        "      2021-01-01: { value: 18, ref: measures }",
        "      2022-01-01: { value: 18, ref: measures }\n      2021-06-01: { value: 17, ref: measures }",
      );
    const found = [...load(text).diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
    expect(found.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      "19:7 rule/dates-unordered",
      "22:20 expr/unknown-field",
      "24:13 rule/unknown-source",
      "32:16 expr/unknown-function",
    ]);
  });

  it.each([
    [
      "a parameter nothing uses",
      withLine(
        18,
        "      2021-01-01: { value: 18, ref: measures }",
        "  maximumAge:",
        "    label: { zh: 最高年龄, en: Maximum age }",
        "    values:",
        "      2021-01-01: { value: 60, ref: measures }",
      ),
      "19:3 rule/unused-parameter parameter `maximumAge` is never used",
    ],
    [
      "a source nothing cites",
      withLine(12, "    quote: Some text.", "  - id: decree", "    title: Decree", "    quote: Other text."),
      "13:9 rule/source-uncited source `decree` is never cited by a condition, parameter or tier",
    ],
  ])("warns of %s, and still loads the program", (_what, text, expected) => {
    const { program, diagnostics } = loadRuleFile(FILE, fields, text, FILE);
    expect(diagnostics.map((d) => `${located(d)} (${d.severity})`)).toEqual([`${expected} (warning)`]);
    expect(program?.id).toBe("test.sample");
  });

  it("points a syntax error in a folded (>-) expression at the offending character", () => {
    const text = withLine(
      21,
      "    test: >-",
      "      person.povertyAlleviated",
      "      and person.fullCivilCapacity ||| true",
    );
    expect(load(text).diagnostics.map(located)).toEqual(['23:36 expr/syntax Unexpected "|"']);
  });
});

describe("loadRules", () => {
  it("loads the bundled rules with no diagnostics", () => {
    const rules = loadRules();
    expect(rules.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
    for (const id of ["hefei.provident-fund", "hubei.startup-subsidy", "ningxia.unemployment-subsidy"])
      expect(rules.programs.has(id)).toBe(true);
  });

  it("every bundled program's file is shown relative to the rules folder", () => {
    for (const program of loadRules().programs.values())
      expect(program.file).toMatch(/^rules\/[a-z-]+\/[a-z-]+\.ya?ml$/);
  });
});
