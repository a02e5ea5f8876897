import type { Diagnostic } from "../diagnostics.js";
import { didYouMean } from "../diagnostics.js";
import { formatValue, type Value } from "../expr/values.js";
import type { LocalText, RuleFile } from "./schema.js";
import type { YamlSource } from "./yamlSource.js";

// A sentence of a rule file may quote a parameter as `{maximumRatio}`: the number is filled in from the value used
// (bundled, local override or --param), so the sentence never contradicts the number the evaluation used.

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

type Located = Pick<YamlSource, "diagnosticAt" | "offsetInScalar">;
type Path = (string | number)[];

/**
 * `rule/unknown-placeholder` errors, at line:col, for every `{name}` in a sentence of the rule (condition texts,
 * filter condition texts, case and tier labels) that is not a parameter of the rule, or is a table.
 */
export function placeholderProblems(rule: RuleFile, src: Located): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const names = Object.keys(rule.parameters);
  const isTable = (name: string) =>
    Object.values(rule.parameters[name]?.values ?? {}).some(
      (v) => typeof v.value === "object" && !Array.isArray(v.value),
    );
  for (const [path, text] of sentencesOf(rule))
    for (const lang of ["zh", "en"] as const)
      for (const m of text[lang].matchAll(PLACEHOLDER)) {
        const name = m[1] as string;
        const where = [...path, lang];
        const at = src.offsetInScalar(where, m.index);
        if (!Object.hasOwn(rule.parameters, name))
          problems.push(
            src.diagnosticAt(
              at,
              "rule/unknown-placeholder",
              `\`{${name}}\` names no parameter of this rule${didYouMean(name, names)}`,
              where,
            ),
          );
        else if (isTable(name))
          problems.push(
            src.diagnosticAt(
              at,
              "rule/unknown-placeholder",
              `\`{${name}}\` is a table; a sentence can quote only a single value`,
              where,
            ),
          );
      }
  return problems;
}

function* sentencesOf(rule: RuleFile): Generator<[Path, LocalText]> {
  for (const [i, c] of rule.conditions.entries()) yield [["conditions", i, "text"], c.text];
  for (const [name, f] of Object.entries(rule.filters))
    for (const [i, c] of f.conditions.entries()) yield [["filters", name, "conditions", i, "text"], c.text];
  for (const key of ["value", "months"] as const) {
    const c = rule.amount?.[key];
    if (!c || typeof c !== "object") continue;
    if ("firstMatch" in c)
      for (const [i, k] of c.firstMatch.entries())
        if (k.label) yield [["amount", key, "firstMatch", i, "label"], k.label];
    if ("tiers" in c)
      for (const [i, t] of c.tiers.ranges.entries())
        if (t.label) yield [["amount", key, "tiers", "ranges", i, "label"], t.label];
  }
}

/** Whether a sentence quotes any parameter, so the common case costs nothing. */
export function hasPlaceholders(text: LocalText): boolean {
  return text.zh.includes("{") || text.en.includes("{");
}

/**
 * The sentence with each `{name}` replaced by the parameter's value in force (ratios as percentages).
 * Names without a value are left as written; `check` reports them.
 */
export function fillPlaceholders(
  text: LocalText,
  values: ReadonlyMap<string, Value>,
  units: (name: string) => string | undefined,
): LocalText {
  if (!hasPlaceholders(text)) return text;
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (whole, name: string) => {
      const v = values.get(name);
      return v === undefined ? whole : formatValue(v, units(name));
    });
  return { zh: fill(text.zh), en: fill(text.en) };
}
