import Big from "big.js";
import type { AmountResult, UsedParameter } from "../../../engine/result.js";
import { type ScheduleValue, scheduleValues } from "../../../explain/scheduleValues.js";
import type {
  ArithmeticRecord,
  CallRecord,
  LookupRecord,
  Operand,
  TotalRecord,
} from "../../../expr/explainRecord.js";
import type { Value } from "../../../expr/values.js";
import { say } from "../../../messages/index.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import type { Program } from "../../../rules/program.js";
import type { Lang } from "../../i18n.js";
import { fieldLabel, isoDateWords, outcomeWords, placeWords, quantityWords } from "./words.js";

interface Ctx {
  readonly program: Program;
  readonly catalogue: FieldCatalogue;
  readonly lang: Lang;
  /** The number of the source a value of the rules cites, if it cites one (a `--param` value does not). */
  readonly sourceNumber?: (used: UsedParameter) => number | undefined;
  /** Set inside: the words tying the value of the named parameter to its source and date (`（依据[4]，自…起）`). */
  readonly cite?: (name: string) => string;
}

const ROUNDING = new Set(["half-up", "down", "up", "half-even"]);
const PLACES = new Set(["0", "1", "2"]);

/**
 * The arithmetic of an amount in words, one step a line, with the labels of the fields and parameters:
 * `月缴存基数 3333元/月 × 缴存比例 5% = 166.65元/月`, `166.65元/月 按四舍五入到元 = 167元/月`.
 */
export function arithmeticWords(a: AmountResult, ctx: Ctx): string[] {
  // Each value of the rules the amount read, with its source and the date it took effect: in the step that names
  // it, else on a line of its own (an amount that is a value, a tier's bound, the months).
  const lines: string[] = unnamedValues(a).map((used) => `${usedWords(used, ctx)}${cite(used, ctx)}`);
  ctx = {
    ...ctx,
    cite: (name) =>
      cite(
        a.parameters.find((p) => p.name === name),
        ctx,
      ),
  };
  let lastUnit: string | undefined;
  let lastResult: Big | undefined;
  for (const rec of a.records ?? []) {
    if (rec.kind === "lookup") lines.push(lookupWords(rec, ctx));
    else if (rec.kind === "arithmetic") {
      // A rounded value carries on the unit of what was rounded.
      const carried = (o: Operand) =>
        !o.unit && !o.name && lastUnit && lastResult?.eq(o.value) ? { ...o, unit: lastUnit } : o;
      const unit = rec.unit ?? carriedUnit(rec, lastUnit, lastResult);
      const line = { ...rec, left: carried(rec.left), right: carried(rec.right), ...(unit ? { unit } : {}) };
      lines.push(arithmeticLine(line, ctx));
      [lastUnit, lastResult] = [unit, rec.result];
    } else if (rec.kind === "call") {
      const unit =
        lastResult && rec.args[0] instanceof Big && lastResult.eq(rec.args[0]) ? lastUnit : undefined;
      const line = callWords(rec, unit, ctx.lang);
      if (line) lines.push(line);
      if (rec.result instanceof Big) [lastUnit, lastResult] = [unit, rec.result];
    } else if (rec.kind === "total") {
      // The values the later months are paid at, each from its date, before the month-by-month sum.
      for (const v of scheduleValues(a, ctx.program)) lines.push(laterValueWords(v, ctx));
      const line = totalWords(rec, a.per, ctx.lang);
      if (line) lines.push(line);
    }
  }
  return lines;
}

/** `1755元/月 × 4个月 + 2000元/月 × 8个月 = 合计23020元`, or `167元/月 × 2个月 = 合计334元`. */
function totalWords(rec: TotalRecord, per: AmountResult["per"], lang: Lang): string | undefined {
  const total = rec.total;
  if (total === null || rec.runs.some((r) => r.value === null)) return undefined;
  const t = quantityWords(total, "yuan", lang);
  const [only] = rec.runs;
  if (rec.runs.length === 1 && only) {
    const v = quantityWords(only.value as Big, per === "month" ? "yuan/month" : "yuan", lang);
    return say(lang, "words/timesMonths", { v, m: quantityWords(only.months, "months", lang), t });
  }
  // Each month at the standard in force that month: the total is the sum of the runs, not value × months.
  const parts = rec.runs.map(
    (r) =>
      `${quantityWords(r.value as Big, "yuan/month", lang)} × ${quantityWords(r.months, "months", lang)}`,
  );
  return say(lang, "words/monthByMonth", { parts: parts.join(" + "), total: t });
}

function operandWords(o: Operand, ctx: Ctx): string {
  if (o.counts) return countWords(o, o.counts, ctx);
  const q = quantityWords(o.value, o.unit, ctx.lang);
  if (!o.name) return q;
  const parameter = ctx.program.parameters.get(o.name);
  if (parameter) return `${parameter.label[ctx.lang]} ${q}${ctx.cite?.(o.name) ?? ""}`;
  const label = fieldLabel(o.name, ctx.catalogue, ctx.lang);
  return label ? `${label} ${q}` : q;
}

/** `符合奖补条件的吸纳人员 1人`: a count by its filter's label, in persons when the list is of people (hires). */
function countWords(o: Operand, name: string, ctx: Ctx): string {
  const filter = ctx.program.filters.get(name);
  const list = filter && ctx.catalogue.fields.get(filter.filter.over);
  const people = list && "people" in list && list.people;
  const q = quantityWords(o.value, people ? "persons" : o.unit, ctx.lang);
  return filter ? `${filter.label[ctx.lang]} ${q}` : q;
}

function arithmeticLine(rec: ArithmeticRecord, ctx: Ctx): string {
  const result = quantityWords(rec.result, rec.unit, ctx.lang);
  return `${operandWords(rec.left, ctx)} ${rec.op} ${operandWords(rec.right, ctx)} = ${result}`;
}

/** `失业保险金月标准（按地区类别）（2）：自2021年9月1日起 1656元/月`. */
function laterValueWords({ used, key }: ScheduleValue, ctx: Ctx): string {
  const { lang } = ctx;
  const value = outcomeWords(used.value, used.unit, lang);
  const date = isoDateWords(used.since, lang);
  const label = used.label[lang];
  const n = ctx.sourceNumber?.(used);
  const line =
    key === undefined
      ? say(lang, "words/valueFrom", { label, date, value })
      : say(lang, "words/entryFrom", { label, key: keyWords(key, lang), date, value });
  return n === undefined ? line : `${line}${say(lang, "words/figureCited", { n })}`;
}

/** A table's key: a region code as the place's name in the run's language. */
const keyWords = (key: string, lang: Lang) => (/^\d{6}$/.test(key) ? placeWords(key, lang) : key);

function lookupWords(rec: LookupRecord, ctx: Ctx): string {
  const { lang } = ctx;
  const label = ctx.program.parameters.get(rec.table)?.label[lang] ?? "";
  const key = keyWords(rec.key, lang);
  if (rec.value === undefined) return say(lang, "words/lookupMissing", { label, key });
  const value = `${outcomeWords(rec.value, rec.unit, lang)}${ctx.cite?.(rec.table) ?? ""}`;
  return say(lang, "words/lookup", { label, key, value });
}

/**
 * `（依据[4]，自2021年9月1日起）`: the source of a value of the rules and the date it took effect, or nothing for a value
 * no source gives (a supposed `--param` value, which the what-if note names).
 */
function cite(used: UsedParameter | undefined, ctx: Ctx): string {
  const n = used && ctx.sourceNumber?.(used);
  if (!used || n === undefined) return "";
  return say(ctx.lang, "words/figureSource", { n, date: isoDateWords(used.since, ctx.lang) });
}

/** The values the amount read that no step names (the value of a case, a tier's bound, the months), if known. */
function unnamedValues(a: AmountResult): UsedParameter[] {
  const named = new Set<string>();
  for (const rec of a.records ?? []) {
    if (rec.kind === "lookup") named.add(rec.table);
    if (rec.kind === "arithmetic") for (const o of [rec.left, rec.right]) if (o.name) named.add(o.name);
  }
  const single = (v: Value) =>
    v instanceof Big || v instanceof Date || typeof v === "boolean" || typeof v === "string";
  return a.parameters.filter((p) => !named.has(p.name) && single(p.value));
}

/** `最长发放月数 6个月`. */
function usedWords(used: UsedParameter, ctx: Ctx): string {
  return `${used.label[ctx.lang]} ${outcomeWords(used.value, used.unit, ctx.lang)}`;
}

function callWords(rec: CallRecord, unit: string | undefined, lang: Lang): string | undefined {
  const [x, dp, mode] = rec.args;
  if (rec.name === "round" && x instanceof Big) {
    const m = String(mode);
    const how = ROUNDING.has(m) ? say(lang, `words/round/${m as "up"}`) : m;
    const p = String(dp);
    const places = PLACES.has(p)
      ? say(lang, `words/places/${p as "0"}`)
      : say(lang, "words/places/n", { n: p });
    const [from, to] = [quantityWords(x, unit, lang), outcomeWords(rec.result, unit, lang)];
    return say(lang, "words/round", { from, how, places, to });
  }
  if ((rec.name === "min" || rec.name === "max") && rec.args.every((v) => v instanceof Big)) {
    const [a, b] = rec.args.map((v) => outcomeWords(v, unit, lang));
    const r = outcomeWords(rec.result, unit, lang);
    return say(lang, rec.name === "min" ? "words/smaller" : "words/larger", { a: a ?? "", b: b ?? "", r });
  }
  return undefined;
}

function carriedUnit(rec: ArithmeticRecord, unit: string | undefined, last: Big | undefined) {
  return last && (last.eq(rec.left.value) || last.eq(rec.right.value)) ? unit : undefined;
}
