import type { ConditionResult, FilterResult, SeenValue, UsedParameter } from "../engine/result.js";
import { formatValue } from "../expr/values.js";
import { say, sayMessage } from "../messages/index.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { maskIdNumber } from "../profile/idNumber.js";
import type { Program } from "../rules/program.js";
import { notationSteps } from "./notation.js";
import type { Lang } from "./words.js";

/** `出生日期 person.birthDate = 1990-01-01`, with unknowns and ID numbers shown safely. */
export function seenText(s: SeenValue, catalogue: FieldCatalogue, lang: Lang): string {
  const def = catalogue.fields.get(s.field);
  let value = s.value === undefined ? say(lang, "ui/unknown") : formatValue(s.value, def?.unit);
  const labels = def?.valueLabels;
  if (labels && s.value !== undefined) {
    // Enum values read in the user's language, with the value itself for the record: `女 (female)`.
    const named = (v: string) => (labels[v] ? `${labels[v][lang]} (${v})` : v);
    value = Array.isArray(s.value)
      ? `[${(s.value as string[]).map(named).join(", ")}]`
      : named(String(s.value));
  }
  if (def?.type === "id-number" && typeof s.value === "string") value = maskIdNumber(s.value);
  return `${def ? `${def.label[lang]} ` : ""}${s.field} = ${value}`;
}

/** `minimumAge = 18 (自 2021-12-01, hefei-measures)`. */
export function parameterText(p: UsedParameter, lang: Lang): string {
  // A whole table (e.g. 22 counties' wage classes) would drown the line; the lookup step shows the entry used.
  const isTable = typeof p.value === "object" && p.value.constructor === Object;
  const shown = isTable ? "(table)" : formatValue(p.value, p.unit);
  if (p.override) {
    const since = p.since === "0000-01-01" ? "" : `${say(lang, "ui/since")} ${p.since}, `;
    const ref = p.ref === "--param" ? "" : `, ${p.ref}`;
    return `${p.name} = ${shown} (${since}${say(lang, "ui/overridden")}: ${p.override}${ref})`;
  }
  return `${p.name} = ${shown} (${say(lang, "ui/since")} ${p.since}, ${p.ref})`;
}

/** One line saying what a condition checked, what it saw and how it came out. */
export function conditionExplain(c: ConditionResult, catalogue: FieldCatalogue, lang: Lang): string {
  const parts = [
    ...c.seen.map((s) => seenText(s, catalogue, lang)),
    ...c.parameters.map((p) => parameterText(p, lang)),
    ...notationSteps(c.records, lang),
    ...(c.notes ?? []).map((n) => sayMessage(lang, n)),
  ];
  // The assumption belongs to the sentence itself (PRODUCT §2: nothing silently assumed).
  const text = c.assumed
    ? say(lang, "ui/withParenthesis", { text: c.text[lang], assumed: c.assumed[lang] })
    : c.text[lang];
  return parts.length ? `${text} — ${parts.join("; ")}` : text;
}

/** One line per record of a filtered list: which passed, and which conditions the others failed. */
export function filterLines(f: FilterResult, lang: Lang): string[] {
  const texts = new Map(f.conditions.map((c) => [c.id, c.text[lang]]));
  const passed = f.items.filter((i) => i.result === true).length;
  const head = `${f.label[lang]}: ${passed}/${f.items.length}`;
  return [
    head,
    ...f.items.map((item) => {
      const mark = item.result === true ? "✓" : item.result === false ? "✗" : "?";
      const values = Object.entries(item.values)
        .map(([k, v]) => `${k} = ${v === undefined ? say(lang, "ui/unknown") : formatValue(v)}`)
        .join(", ");
      const why = item.failed.map((id) => texts.get(id) ?? id).join(say(lang, "ui/clauseSeparator"));
      return `${mark} ${f.over}[${item.index}] (${values})${why ? ` — ${say(lang, "ui/notMet")}: ${why}` : ""}`;
    }),
  ];
}

/** `本地规则 x.yaml 替换了内置规则 rules/y.yaml`: said wherever a local rule file replaced a bundled program. */
export function replacedText(program: Program, lang: Lang): string {
  return say(lang, "ui/replaced", {
    file: program.file,
    replaces: program.replaces ?? "",
    bundled: !program.replacesLocal,
  });
}
