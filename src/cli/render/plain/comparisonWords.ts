import Big from "big.js";
import type { ComparisonRecord, ComparisonSide } from "../../../expr/explainRecord.js";
import { Unknown } from "../../../expr/values.js";
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
  const sep = lang === "zh" ? "，" : ", ";
  const gap = showGap && rec.result !== true;
  if (typeof p.value === "string" || typeof t.value === "string") {
    const known = p.value instanceof Unknown ? undefined : p.value;
    const value = p.name ? fieldValueWords(p.name, known, catalogue, lang) : notGiven(lang);
    return { text: join(label, value, lang), field: p.name };
  }
  const unit = p.unit ?? t.unit;
  if (p.value instanceof Unknown) {
    if (!(t.value instanceof Big || t.value instanceof Date)) return undefined;
    const need = gap ? requirement(op, outcomeWords(t.value, unit, lang), lang) : "";
    const head = join(label, p.value.range ? outcomeWords(p.value, unit, lang) : notGiven(lang), lang);
    return {
      text: need ? `${head}${sep}${need}` : head,
      field: p.name,
      ...(need ? { unknown: { head, need } } : {}),
    };
  }
  const shown = join(label, outcomeWords(p.value, unit, lang), lang);
  if (!gap || rec.result === null) return { text: shown, field: p.name };
  return { text: `${shown}${sep}${shortfall(op, p.value, t.value, unit, lang)}`, field: p.name };
}

/** `累计缴费月数 8个月`, `农民工（未填写）`, or the value alone when the sentence already names the field. */
export function join(label: string, value: string, lang: Lang): string {
  if (!label) return value;
  if (value === notGiven(lang)) return lang === "zh" ? `${label}（${value}）` : `${label}: ${value}`;
  return `${label} ${value}`;
}

/** `还差4个月`, `超出2%`, `需早于2021年1月1日`. */
function shortfall(op: Op, p: unknown, t: unknown, unit: string | undefined, lang: Lang): string {
  if (p instanceof Big && t instanceof Big) {
    if (op === ">=") {
      const d = quantityWords(t.minus(p), unit, lang);
      return lang === "zh" ? `还差${d}` : `${d} short`;
    }
    if (op === "<=") {
      const d = quantityWords(p.minus(t), unit, lang);
      return lang === "zh" ? `超出${d}` : `${d} over`;
    }
  }
  return requirement(op, outcomeWords(t as never, unit, lang), lang);
}

const REQUIRE: Record<Op, { zh: string; en: string }> = {
  ">=": { zh: "需不低于", en: "must be at least" },
  ">": { zh: "需高于", en: "must be more than" },
  "<=": { zh: "需不超过", en: "must be at most" },
  "<": { zh: "需低于", en: "must be less than" },
  "==": { zh: "需为", en: "must be" },
  "!=": { zh: "不能为", en: "must not be" },
};

function requirement(op: Op, threshold: string, lang: Lang): string {
  return lang === "zh" ? `${REQUIRE[op].zh}${threshold}` : `${REQUIRE[op].en} ${threshold}`;
}

/** A date the condition turns on: `2008年1月1日已满`, `2022年9月1日起才满足`, `2048年1月1日前满足`. */
function datePhrase(side: ComparisonSide, after: boolean, result: boolean | null, lang: Lang) {
  const v = side.value;
  if (!(v instanceof Date) && !(v instanceof Unknown && v.range)) return undefined;
  const d = outcomeWords(v, undefined, lang);
  if (v instanceof Unknown)
    return lang === "zh"
      ? `关键日期在${d.replace(/之间$/, "")}之间，取决于未填写的信息`
      : `the date that decides is ${d}, depending on what is not given`;
  const zh = after
    ? result === true
      ? `${d}已满`
      : `${d}起才满足`
    : result === false
      ? `${d}起已不满足`
      : `${d}前满足`;
  const en = after
    ? result === true
      ? `met since ${d}`
      : `met from ${d}`
    : result === false
      ? `no longer met since ${d}`
      : `met until ${d}`;
  return lang === "zh" ? zh : en;
}
