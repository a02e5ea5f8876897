import Big from "big.js";
import type { ComparisonRecord, ComparisonSide } from "../../../expr/explainRecord.js";
import { Unknown } from "../../../expr/values.js";
import { say } from "../../../messages/index.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import type { Lang } from "../../i18n.js";
import { fieldLabel, fieldValueWords, notGiven, outcomeWords, quantityWords } from "./words.js";

type Op = ComparisonRecord["op"];
const FLIP: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };

/** What a comparison said in words, and the field whose value it states (so it is not repeated). */
export interface ComparisonWords {
  readonly text: string;
  readonly field?: string;
  /** For an unknown value: what is not given, and what it would need to be (joined when a field has several). */
  readonly unknown?: { readonly head: string; readonly need: string };
}

/**
 * One comparison in words, with how far off it is when it failed or is unknown and `showGap` is set:
 * `累计缴费月数 8个月，还差4个月`, `2022年9月1日起才满足`, `正常连续缴纳月数未填写，需不低于12个月`.
 */
export function comparisonWords(
  rec: ComparisonRecord,
  catalogue: FieldCatalogue,
  lang: Lang,
  showGap: boolean,
  /** The condition's sentence: a label it already contains is not repeated. */
  sentence = "",
): ComparisonWords | undefined {
  const onlyAsOf = (s: ComparisonSide) => s.asOf && !s.fields.length && !s.params.length;
  if (onlyAsOf(rec.left) !== onlyAsOf(rec.right)) {
    const dateSide = onlyAsOf(rec.left) ? rec.right : rec.left;
    const after = onlyAsOf(rec.left) ? rec.op === ">" || rec.op === ">=" : rec.op === "<" || rec.op === "<=";
    return { text: datePhrase(dateSide, after, rec.result, lang) ?? "" };
  }
  const personal = (s: ComparisonSide) => s.fields.length > 0;
  if (personal(rec.left) === personal(rec.right)) return undefined;
  const [p, t, op] = personal(rec.left) ? [rec.left, rec.right, rec.op] : [rec.right, rec.left, FLIP[rec.op]];
  const named = p.name ? (fieldLabel(p.name, catalogue, lang) ?? "") : "";
  const label = named && sentence.includes(named) ? "" : named;
  const sep = say(lang, "ui/listComma");
  const gap = showGap && rec.result !== true;
  if (typeof p.value === "string" || typeof t.value === "string") {
    const known = p.value instanceof Unknown ? undefined : p.value;
    const value = p.name ? fieldValueWords(p.name, known, catalogue, lang) : notGiven(lang);
    return { text: join(label, value, lang), field: p.name };
  }
  // Each side in its own unit: a person's value never borrows the law's (a head count is no number of months); a
  // threshold without one (a bare number in the rule) is in the unit of what it is compared with.
  const unit = p.unit;
  const tUnit = t.unit ?? p.unit;
  const across = unit !== undefined && tUnit !== unit;
  if (p.value instanceof Unknown) {
    if (!(t.value instanceof Big || t.value instanceof Date)) return undefined;
    const need = gap ? requirement(op, outcomeWords(t.value, tUnit, lang), lang) : "";
    const head = join(label, p.value.range ? outcomeWords(p.value, unit, lang) : notGiven(lang), lang);
    return {
      text: need ? `${head}${sep}${need}` : head,
      field: p.name,
      ...(need ? { unknown: { head, need } } : {}),
    };
  }
  const own = outcomeWords(p.value, unit, lang);
  const converted = across && p.value instanceof Big ? inUnit(p.value, unit, tUnit, lang) : undefined;
  const shown = join(
    label,
    converted ? say(lang, "words/alsoIn", { value: own, other: converted }) : own,
    lang,
  );
  if (!gap || rec.result === null) return { text: shown, field: p.name };
  // Across units the difference of the two numbers is no quantity: the requirement is said instead.
  const short = across
    ? requirement(op, outcomeWords(t.value as never, tUnit, lang), lang)
    : shortfall(op, p.value, t.value, unit ?? tUnit, lang);
  return { text: `${shown}${sep}${short}`, field: p.name };
}

/** A number of years in months (`24个月`), or of months in years (`8年`, `8年4个月`); other units do not convert. */
function inUnit(n: Big, from: string, to: string | undefined, lang: Lang): string | undefined {
  if (from === "years" && to === "months") return quantityWords(n.times(12), "months", lang);
  if (from !== "months" || to !== "years") return undefined;
  const years = n.div(12).round(0, Big.roundDown);
  const months = n.minus(years.times(12));
  if (months.eq(0)) return quantityWords(years, "years", lang);
  if (years.eq(0)) return undefined;
  return say(lang, "words/yearsAndMonths", {
    years: quantityWords(years, "years", lang),
    months: quantityWords(months, "months", lang),
  });
}

/** `累计缴费月数 8个月`, `农民工（未填写）`, or the value alone when the sentence already names the field. */
export function join(label: string, value: string, lang: Lang): string {
  if (!label) return value;
  if (value === notGiven(lang)) return say(lang, "words/labelNotGiven", { label, value });
  return `${label} ${value}`;
}

/** `还差4个月`, `超出2%`, `需早于2021年1月1日`. */
function shortfall(op: Op, p: unknown, t: unknown, unit: string | undefined, lang: Lang): string {
  if (p instanceof Big && t instanceof Big) {
    if (op === ">=") {
      const d = quantityWords(t.minus(p), unit, lang);
      return say(lang, "words/short", { d });
    }
    if (op === "<=") {
      const d = quantityWords(p.minus(t), unit, lang);
      return say(lang, "words/over", { d });
    }
  }
  return requirement(op, outcomeWords(t as never, unit, lang), lang);
}

function requirement(op: Op, threshold: string, lang: Lang): string {
  return say(lang, `words/require/${op}`, { t: threshold });
}

/** A date the condition turns on: `2008年1月1日已满`, `2022年9月1日起才满足`, `2048年1月1日前满足`. */
function datePhrase(side: ComparisonSide, after: boolean, result: boolean | null, lang: Lang) {
  const v = side.value;
  if (!(v instanceof Date) && !(v instanceof Unknown && v.range)) return undefined;
  const d = outcomeWords(v, undefined, lang);
  if (v instanceof Unknown) return say(lang, "words/date/between", { d });
  const code = after
    ? result === true
      ? "words/date/metSince"
      : "words/date/metFrom"
    : result === false
      ? "words/date/noLonger"
      : "words/date/metUntil";
  return say(lang, code, { d });
}
