import type { ConditionResult } from "../../../engine/result.js";
import type { ComparisonRecord } from "../../../expr/explainRecord.js";
import { Unknown } from "../../../expr/values.js";
import { say, sayMessage } from "../../../messages/index.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import type { Lang } from "../../i18n.js";
import { comparisonWords, join } from "./comparisonWords.js";
import { fieldLabel, fieldValueWords } from "./words.js";

/**
 * A side computed (known) although it reads a field the profile does not give, in a condition whose default was
 * taken, was computed from that default: what it yields is no finding (a birth date taken as today gives a
 * retirement date 63 years on), so only the assumption is said.
 */
function restsOnDefault(rec: ComparisonRecord, assumedFrom: readonly string[]): boolean {
  return [rec.left, rec.right].some(
    (side) => !(side.value instanceof Unknown) && side.fields.some((f) => assumedFrom.includes(f)),
  );
}

/**
 * A condition in plain words: its sentence, then what the person's values made of it —
 * `年满18周岁：2008年1月1日已满；出生日期 1990年1月1日`, `缴费满1年：累计缴费月数 8个月，还差4个月`.
 */
export function conditionWords(c: ConditionResult, catalogue: FieldCatalogue, lang: Lang): string {
  // A sentence that names its only field needs no label before the value (`具备完全民事行为能力：是`).
  const sentence = c.seen.length === 1 ? c.text[lang] : "";
  const sep = say(lang, "ui/listComma");
  const parts: string[] = [];
  const stated = new Set<string>();
  const assumedFrom = c.assumed ? c.seen.filter((s) => s.value === undefined).map((s) => s.field) : [];
  for (const rec of c.records ?? []) {
    if (rec.kind !== "compare" || restsOnDefault(rec, assumedFrom)) continue;
    const w = comparisonWords(rec as ComparisonRecord, catalogue, lang, c.result !== true, sentence);
    if (!w?.text) continue;
    // `缴存比例（未填写），需不低于5%、不超过12%`: one field's requirements together.
    const earlier = w.unknown && parts.findIndex((p) => p.startsWith(`${w.unknown?.head}${sep}`));
    if (w.unknown && earlier !== undefined && earlier >= 0) {
      parts[earlier] = `${parts[earlier]}${say(lang, "ui/enumComma")}${w.unknown.need.replace(/^需/, "")}`;
      continue;
    }
    parts.push(w.text);
    if (w.field) stated.add(w.field);
  }
  for (const s of c.seen) {
    // A decided condition did not need a fact not given (three-valued logic), unless a default stood in for it,
    // which the assumption sentence says: listing it would make the file look incomplete.
    if (stated.has(s.field) || (s.value === undefined && c.result !== null)) continue;
    const label = fieldLabel(s.field, catalogue, lang) ?? "";
    const value = fieldValueWords(s.field, s.value, catalogue, lang);
    parts.push(join(label && sentence.includes(label) ? "" : label, value, lang));
  }
  const distinct = parts.filter(
    (p, i) => parts.indexOf(p) === i && !parts.some((q) => q !== p && q.startsWith(p)),
  );
  // Arriving with the engine's stated defaults and notes (a default applied, a region code too coarse to decide).
  if (c.assumed) distinct.push(c.assumed[lang]);
  for (const n of c.notes ?? []) distinct.push(sayMessage(lang, n));
  if (!distinct.length) return c.text[lang];
  return say(lang, "words/explained", {
    text: c.text[lang],
    parts: distinct.join(say(lang, "ui/clauseSeparator")),
  });
}
