import type { FieldDef, ScalarFieldDef } from "../profile/fields.js";
import { maskIdNumber } from "../profile/idNumber.js";
import type { RawValue } from "./answers.js";
import type { FieldAt } from "./fieldAt.js";
import type { Lang } from "./parseAnswer.js";
import { fullName } from "./places.js";
import type { Asked } from "./questionnaire.js";

/** "不知道 / 跳过", offered on every question. */
export const DONT_KNOW = { zh: "不知道 / 跳过", en: "Don't know / skip" } as const;

const CODE_REQUEST = /\s*[（(][^）)]*(6位|6-digit)[^）)]*[）)]/g;

/** The question the catalogue poses for a field; a record's sub-field names the record ("第2名吸纳人员：…"). */
export function questionFor(field: FieldAt, lang: Lang): string {
  const { def, record } = field;
  const asked = def.question?.[lang] ?? (lang === "zh" ? `${def.label.zh}？` : `${def.label.en}?`);
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
  return lang === "zh" ? `第${n}名${record.list.label.zh}：${own}` : `${record.list.label.en} #${n}: ${own}`;
}

/** The choices of a boolean, enum or enum-list field, in the catalogue's order, by their labels. */
export function choicesFor(
  def: FieldDef | ScalarFieldDef,
  lang: Lang,
): { name: string; value: string | boolean }[] {
  if (def.type === "boolean")
    return [
      { name: lang === "zh" ? "是" : "Yes", value: true },
      { name: lang === "zh" ? "否" : "No", value: false },
    ];
  return (def.values ?? []).map((v) => ({ name: def.valueLabels?.[v]?.[lang] ?? v, value: v }));
}

/** A value as a person reads it: labels for choices, 是/否, place names, an ID number masked. */
export function valueText(def: FieldDef | ScalarFieldDef, value: RawValue, lang: Lang): string {
  if (typeof value === "boolean") return lang === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (def.type === "region" && typeof value === "string") return `${fullName(value)}（${value}）`;
  if (def.type === "id-number" && typeof value === "string") return maskIdNumber(value);
  if (def.type === "enum" && typeof value === "string") return def.valueLabels?.[value]?.[lang] ?? value;
  if (Array.isArray(value)) {
    if (!value.length) return lang === "zh" ? "都不是" : "none";
    if (def.type === "records") return lang === "zh" ? `${value.length}名` : `${value.length}`;
    return (value as string[])
      .map((v) => def.valueLabels?.[v]?.[lang] ?? v)
      .join(lang === "zh" ? "、" : ", ");
  }
  const unit = def.unit && UNIT_TEXT[def.unit]?.[lang];
  return unit ? `${value}${lang === "zh" ? "" : " "}${unit}` : String(value);
}

const UNIT_TEXT: Record<string, { zh: string; en: string }> = {
  yuan: { zh: "元", en: "yuan" },
  "yuan/month": { zh: "元/月", en: "yuan/month" },
  months: { zh: "个月", en: "months" },
  years: { zh: "岁", en: "years" },
};

/** The answer given at one step, as a person reads it (an ID number masked). */
export function answerText(field: FieldAt, asked: Asked, lang: Lang, idNumber?: string): string {
  if (asked.answer === "declined") return DONT_KNOW[lang];
  if (asked.answer === "id-number")
    return lang === "zh"
      ? `由身份证号码 ${idNumber ? maskIdNumber(idNumber) : ""} 得出`
      : `from ID number ${idNumber ? maskIdNumber(idNumber) : ""}`;
  return valueText(field.def, asked.value, lang);
}
