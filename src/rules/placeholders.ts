import type { Diagnostic } from "../diagnostics.js";
import { didYouMean } from "../diagnostics.js";
import type { Declared } from "../expr/types.js";
import { formatValue, type Value } from "../expr/values.js";
import { inEachLanguage, isWorded } from "../messages/index.js";
import { dateWords } from "./dateWords.js";
import type { Outline } from "./outline.js";
import type { LocalText } from "./schema.js";
import type { Locator } from "./types.js";

// A sentence of a rule file may quote a parameter or a named value as `{name}`: the value is filled in from the
// one used (bundled, local override or --param; a named value as computed), so the sentence never contradicts
// the number the evaluation used. The text must then be quoted in a `{ zh: …, en: … }` mapping.

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;
/** The form named values used before there was one placeholder syntax. */
const OLD_PLACEHOLDER = /\$([a-zA-Z][a-zA-Z0-9]*)/g;

/**
 * Every `{name}` in every sentence of the outline, resolved in the scope expressions have (parameters and named
 * values): a name not in it is `rule/unknown-placeholder` with a suggestion, a table cannot be quoted, and the
 * old `$name` form is `rule/old-placeholder`, naming the new one.
 */
export function placeholderProblems(
  outline: Outline,
  scope: ReadonlyMap<string, Declared>,
  src: Locator,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const { path, text } of outline.sentences)
    for (const lang of ["zh", "en"] as const) {
      const where = [...path, lang];
      const at = (index: number, code: string, message: string) =>
        problems.push(src.diagnosticAt(src.offsetInScalar(where, index), code, message, where));
      for (const m of text[lang].matchAll(OLD_PLACEHOLDER))
        at(
          m.index,
          "rule/old-placeholder",
          `\`$${m[1]}\` is the old form: write \`{${m[1]}}\` (and quote the text)`,
        );
      for (const m of text[lang].matchAll(PLACEHOLDER)) {
        const name = m[1] as string;
        const declared = scope.get(name);
        if (!declared)
          at(
            m.index,
            "rule/unknown-placeholder",
            `\`{${name}}\` names no parameter or named value of this rule${didYouMean(name, scope.keys())}`,
          );
        else if (declared.type.base === "table")
          at(
            m.index,
            "rule/unknown-placeholder",
            `\`{${name}}\` is a table; a sentence can quote only a single value`,
          );
      }
    }
  return problems;
}

/** The names a sentence quotes. */
export function placeholdersIn(text: LocalText): string[] {
  if (!hasPlaceholders(text)) return [];
  return [...`${text.zh}\n${text.en}`.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/** Whether a sentence quotes any value, so the common case costs nothing. */
function hasPlaceholders(text: LocalText): boolean {
  return text.zh.includes("{") || text.en.includes("{");
}

/**
 * The sentence with each `{name}` replaced by its value in `values` (parameters in force, and named values when
 * given; ratios as percentages). Names without a value are left as written; `check` reports unknown ones.
 */
export function fillPlaceholders(
  text: LocalText,
  values: ReadonlyMap<string, Value>,
  units: (name: string) => string | undefined,
): LocalText {
  // butie's own words hold no placeholder, and reading them would word both languages.
  if (isWorded(text) || !hasPlaceholders(text)) return text;
  // The values are taken now (a caller may reuse its map); each language is worded when read.
  const quoted = new Map(placeholdersIn(text).map((name) => [name, values.get(name)]));
  const fill = (s: string, lang: "zh" | "en") =>
    s.replace(PLACEHOLDER, (whole, name: string) => {
      const v = quoted.get(name);
      if (v === undefined) return whole;
      return v instanceof Date ? dateWords(v, lang) : formatValue(v, units(name));
    });
  return inEachLanguage((lang) => fill(text[lang], lang));
}
