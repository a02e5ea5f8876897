import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics.js";
import type { Compiled } from "../../src/expr/types.js";
import { IN_FORCE } from "../../src/rules/inForceCondition.js";
import { BUNDLED_RULES, isRuleFile, listFiles, loadRuleFile, loadRules } from "../../src/rules/loadRules.js";
import { pathKey } from "../../src/rules/outline.js";
import { MONTHS_AND_RETIREMENT, SAMPLE_HEAD } from "./sampleRule.js";

const { fields } = loadRules();
const bundled = listFiles(BUNDLED_RULES, (f) => /\.ya?ml$/.test(f)).filter(isRuleFile);

/** Every compiled expression a program holds, wherever it sits. */
function compiledIn(value: unknown, out = new Set<Compiled>(), seen = new Set<unknown>()): Set<Compiled> {
  if (!value || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  const v = value as Record<string, unknown>;
  if (typeof v.evaluate === "function" && typeof v.type === "object" && Array.isArray(v.params))
    out.add(v as unknown as Compiled);
  const children = value instanceof Map ? [...value.values()] : Object.values(v);
  for (const child of children) compiledIn(child, out, seen);
  return out;
}

describe("the outline of a rule file", () => {
  it("finds the bundled rule files", () => {
    expect(bundled.length).toBeGreaterThan(5);
  });

  it.each(bundled)("holds every expression the compiler compiled of %s, and nothing else", (file) => {
    const loaded = loadRuleFile(file, fields);
    expect(loaded.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const checked = loaded.checked;
    if (!checked) throw new Error("not compiled");
    // The automatic term condition (a horizon) is the compiler's own, not an expression of the file.
    const own = checked.program.conditions.filter((c) => c.id !== IN_FORCE);
    const inProgram = compiledIn({ ...checked.program, conditions: own });
    const compiled = new Set(checked.compiled.values());
    expect(inProgram.size).toBeGreaterThan(0);
    expect([...inProgram].filter((c) => !compiled.has(c)).map((c) => c.text)).toEqual([]);
    expect([...compiled].filter((c) => !inProgram.has(c)).map((c) => c.text)).toEqual([]);
    expect([...checked.compiled.keys()].sort()).toEqual(
      checked.outline.expressions.map((e) => pathKey(e.path)).sort(),
    );
    for (const e of checked.outline.expressions)
      expect(checked.compiled.get(pathKey(e.path))?.text).toBe(e.text);
  });

  it("lists each sentence of a bundled rule with a placeholder", () => {
    const file = bundled.find((f) => f.endsWith("provident-fund.yaml")) as string;
    const checked = loadRuleFile(file, fields).checked;
    const quoting = checked?.outline.sentences.filter((s) => s.text.zh.includes("{")) ?? [];
    expect(quoting.map((s) => s.role)).toContain("condition-text");
    expect(readFileSync(file, "utf8")).toContain("{minimumRatio}");
  });
});

// A small valid program with a note, a caveat and a named value; variants replace one of its lines.
const RULE = (
  note: string,
  caveat = "person.povertyAlleviated ?? false",
) => `${SAMPLE_HEAD}${MONTHS_AND_RETIREMENT}conditions:
  - id: before-retirement
    test: asOf < retirement
    text: { zh: 未退休, en: Not retired }
    source: measures
caveats:
  - id: check
    when: ${caveat}
    text: { zh: 请核实, en: Please check }
amount:
  per: month
  months: maximumMonths
  note: ${note}
`;
const load = (text: string): Diagnostic[] =>
  loadRuleFile("rules/test/sample.yaml", fields, text, "sample.yaml").diagnostics;
const show = (d: Diagnostic[]) => d.map((x) => `${x.line}:${x.col} ${x.code} ${x.message}`);

describe("one placeholder syntax, in every sentence (amount.note included)", () => {
  it("accepts a parameter and a named value quoted as {name} in a note", () => {
    expect(
      show(
        load(RULE(`{ zh: "至多{maximumMonths}个月，{retirement}止", en: "At most {maximumMonths} months" }`)),
      ),
    ).toEqual([]);
  });

  it("reports the old $name form in a note, naming the new one", () => {
    expect(show(load(RULE(`{ zh: 至退休（$retirement）, en: Until retirement }`)))).toEqual([
      "35:19 rule/old-placeholder `$retirement` is the old form: write `{retirement}` (and quote the text)",
    ]);
  });

  it("reports an unknown {name} in a note, with a suggestion from parameters and named values alike", () => {
    expect(show(load(RULE(`{ zh: "至多{maximumMonth}个月", en: "Until {retirment}" }`)))).toEqual([
      "35:18 rule/unknown-placeholder `{maximumMonth}` names no parameter or named value of this rule (did you mean `maximumMonths`?)",
      "35:48 rule/unknown-placeholder `{retirment}` names no parameter or named value of this rule (did you mean `retirement`?)",
    ]);
  });
});

describe("every lint sees every expression of the outline", () => {
  it("rule/between-order fires on the same call in a caveat's `when` as in a condition", async () => {
    const { lintRuleFile } = await import("../../src/check/lints/lintRuleFile.js");
    const loaded = loadRuleFile(
      "rules/test/sample.yaml",
      fields,
      RULE(`{ zh: 说明, en: Note }`, "monthsBetween(asOf, person.birthDate) > 600"),
      "sample.yaml",
    );
    if (!loaded.checked) throw new Error("not compiled");
    expect(show(lintRuleFile(loaded.checked)).filter((d) => d.includes("rule/between-order"))).toEqual([
      "30:11 rule/between-order monthsBetween(asOf, …) counts backwards from the evaluation date and is negative for a past date; did you mean monthsBetween(<the profile's date>, asOf)?",
    ]);
  });
});
