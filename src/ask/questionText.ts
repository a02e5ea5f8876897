import { bothLanguages, type Code, say } from "../messages/index.js";
import type { FieldDef, ScalarFieldDef } from "../profile/fields.js";
import { maskIdNumber } from "../profile/idNumber.js";
import { placeText } from "../profile/readFact.js";
import { isoDateWords } from "../rules/dateWords.js";
import type { RawValue } from "./answers.js";
import type { FieldAt } from "./fieldAt.js";
import type { Lang } from "./parseAnswer.js";
import type { Asked } from "./questionnaire.js";

/** "不知道 / 跳过", offered on every question. */
export const DONT_KNOW = bothLanguages("ask/dontKnow");

const CODE_REQUEST = /\s*[（(][^）)]*(6位|6-digit)[^）)]*[）)]/g;

/** The question the catalogue poses for a field; a record's sub-field names the record ("第2名吸纳人员：…"). */
export function questionFor(field: FieldAt, lang: Lang): string {
  const { def, record } = field;
  const asked = def.question?.[lang] ?? say(lang, "ask/question", { label: def.label[lang] });
  // Places are picked by name from a list: a request for "the 6-digit code" would only confuse.
  const own =
    def.type === "region"
      ? asked
          .replace(CODE_REQUEST, "")
          .replace(/区代码是/, "区是")
          .replace(/^The 6-digit region code of (.+)\?$/, "Where is $1?")
      : asked;
  if (!record) return own;
  const n = record.index + 1;
  return say(lang, "ask/recordQuestion", { n, list: record.list.label[lang], question: own });
}

/** The choices of a boolean, enum or enum-list field, in the catalogue's order, by their labels. */
export function choicesFor(
  def: FieldDef | ScalarFieldDef,
  lang: Lang,
): { name: string; value: string | boolean }[] {
  if (def.type === "boolean")
    return [
      { name: say(lang, "ask/yes"), value: true },
      { name: say(lang, "ask/no"), value: false },
    ];
  return (def.values ?? []).map((v) => ({ name: def.valueLabels?.[v]?.[lang] ?? v, value: v }));
}

/** A value as a person reads it: labels for choices, 是/否, place names, dates in words, an ID number masked. */
export function valueText(def: FieldDef | ScalarFieldDef, value: RawValue, lang: Lang): string {
  if (typeof value === "boolean") return say(lang, value ? "ask/answerYes" : "ask/answerNo");
  if (def.type === "region" && typeof value === "string") return placeText(value)[lang];
  if (def.type === "id-number" && typeof value === "string") return maskIdNumber(value);
  if (def.type === "date" && typeof value === "string") return isoDateWords(value, lang);
  if (def.type === "enum" && typeof value === "string") return def.valueLabels?.[value]?.[lang] ?? value;
  if (Array.isArray(value)) {
    if (!value.length) return say(lang, "ask/noneOfThese");
    if (def.type === "records") return say(lang, "ask/recordCount", { n: value.length });
    return (value as string[])
      .map((v) => def.valueLabels?.[v]?.[lang] ?? v)
      .join(say(lang, "ask/titleSeparator"));
  }
  const unit = def.unit && UNITS.has(def.unit) ? say(lang, `unit/${def.unit}` as UnitCode) : undefined;
  return unit ? say(lang, "ask/withUnit", { value: String(value), unit }) : String(value);
}

type UnitCode = Extract<Code, `unit/${string}`>;
const UNITS = new Set(["yuan", "yuan/month", "months", "years"]);

/** The answer given at one step, as a person reads it (an ID number masked). */
export function answerText(field: FieldAt, asked: Asked, lang: Lang, idNumber?: string): string {
  if (asked.answer === "declined") return DONT_KNOW[lang];
  if (asked.answer === "id-number")
    return say(lang, "ask/fromIdNumber", { id: idNumber ? maskIdNumber(idNumber) : "" });
  return valueText(field.def, asked.value, lang);
}
