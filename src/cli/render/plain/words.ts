import Big from "big.js";
import type { AmountResult } from "../../../engine/result.js";
import type { PaidRun, TotalRecord } from "../../../expr/explainRecord.js";
import type { Outcome, Value } from "../../../expr/values.js";
import { Unknown } from "../../../expr/values.js";
import { say } from "../../../messages/index.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import { maskIdNumber } from "../../../profile/idNumber.js";
import { englishNameOf } from "../../../regions/englishNames.js";
import { englishFullName, fullName } from "../../../regions/placeNames.js";
import { regionName } from "../../../regions/regions.js";
import type { Lang } from "../../i18n.js";

// Values as people read them: 2008年1月1日, 8个月, 1656元/月, 80%, 是/否, 个体工商户, 合肥市蜀山区.

import { dateWords, isoDateWords, monthWords } from "../../../rules/dateWords.js";

export { dateWords, isoDateWords, monthWords };

const UNITS = new Set(["months", "years", "yuan", "yuan/month", "days", "persons"]);
type QuantityCode =
  | "words/qty/months"
  | "words/qty/years"
  | "words/qty/yuan"
  | "words/qty/yuan/month"
  | "words/qty/days"
  | "words/qty/persons";

/** `8个月`, `1656元/月`, `80%`, `8 months`. */
export function quantityWords(n: Big, unit: string | undefined, lang: Lang): string {
  if (unit === "ratio") return `${n.times(100).toString()}%`;
  const text = n.toString();
  if (!unit || !UNITS.has(unit)) return text;
  return say(lang, `words/qty/${unit}` as QuantityCode, { n: text });
}

/** `是` / `否`. */
export function yesNo(v: boolean, lang: Lang): string {
  return say(lang, v ? "words/yes" : "words/no");
}

/** `未填写` / `not given`. */
export function notGiven(lang: Lang): string {
  return say(lang, "words/notGiven");
}

/** A profile field's value in words: enum labels, region names, dates, units; ID numbers masked. */
export function fieldValueWords(
  field: string,
  value: Value | undefined,
  catalogue: FieldCatalogue,
  lang: Lang,
): string {
  if (value === undefined) return notGiven(lang);
  const def = catalogue.fields.get(field);
  if (def?.type === "id-number" && typeof value === "string") return maskIdNumber(value);
  if (def?.type === "region" && typeof value === "string") return regionWords(value, lang);
  const labels = def?.valueLabels;
  const label = (v: string) => labels?.[v]?.[lang] ?? v;
  if (Array.isArray(value)) {
    if (!value.length) return say(lang, "words/none");
    if (typeof value[0] !== "string") return say(lang, "words/entries", { n: value.length });
    return (value as string[]).map(label).join(say(lang, "ui/enumComma"));
  }
  if (typeof value === "string") return label(value);
  return outcomeWords(value, def?.unit, lang);
}

/** Any value of an evaluation in words; an unknown is `未知`, or its range. */
export function outcomeWords(v: Outcome | undefined, unit: string | undefined, lang: Lang): string {
  if (v === undefined) return notGiven(lang);
  if (v instanceof Unknown) {
    if (!v.range) return say(lang, "words/unknown");
    const [lo, hi] = [outcomeWords(v.range.lo, unit, lang), outcomeWords(v.range.hi, unit, lang)];
    return say(lang, "words/between", { lo, hi });
  }
  if (v instanceof Big) return quantityWords(v, unit, lang);
  if (v instanceof Date) return dateWords(v, lang);
  if (typeof v === "boolean") return yesNo(v, lang);
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : "…")).join("、");
  return "…";
}

/** A field's label in the user's language (`吸纳人员第2名：劳动合同期限（月）` for a record's field), if known. */
export function fieldLabel(field: string, catalogue: FieldCatalogue, lang: Lang): string | undefined {
  const item = /^(.+)\[(\d+)\]\.(\w+)$/.exec(field);
  if (!item) return catalogue.fields.get(field)?.label[lang];
  const list = catalogue.fields.get(item[1] as string);
  const sub = list && "fields" in list ? list.fields?.[item[3] as string] : undefined;
  if (!list || !sub) return undefined;
  const n = Number(item[2]) + 1;
  const people = ("people" in list && list.people) ?? false;
  return say(lang, "words/recordField", { list: list.label[lang], n, field: sub.label[lang], people });
}

/** The question `ask` would put for a field, or its label. */
export function fieldQuestion(field: string, catalogue: FieldCatalogue, lang: Lang): string {
  const question = catalogue.fields.get(field)?.question?.[lang];
  return question ?? fieldLabel(field, catalogue, lang) ?? field;
}

/**
 * A region code with its levels in the run's language — `安徽省合肥市蜀山区`, `Shushan District, Hefei, Anhui` — or
 * the code when unknown.
 */
export function regionWords(code: string, lang: Lang): string {
  return (lang === "en" ? englishFullName(code) : fullName(code)) || code;
}

/** One place of a code in the run's language (`永宁县`, `Yongning County`), or the code when unknown. */
export function placeWords(code: string, lang: Lang): string {
  return (lang === "en" ? englishNameOf(code) : undefined) ?? regionName(code) ?? code;
}

/**
 * The runs of a schedule whose months are not all paid the same (a standard raised mid-way), else undefined:
 * then "每月 × 月数" is not the total, and the explanation must say how the months differ.
 */
export function scheduleRuns(a: AmountResult): readonly PaidRun[] | undefined {
  const total = a.records?.find((r): r is TotalRecord => r.kind === "total");
  const runs = total?.runs;
  return runs && runs.length > 1 ? runs : undefined;
}
