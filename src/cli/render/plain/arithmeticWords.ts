import Big from "big.js";
import type { AmountResult } from "../../../engine/result.js";
import type { ArithmeticRecord, CallRecord, LookupRecord, Operand } from "../../../expr/explainRecord.js";
import type { FieldCatalogue } from "../../../profile/fields.js";
import { regionName } from "../../../regions/regions.js";
import type { Program } from "../../../rules/program.js";
import type { Lang } from "../../i18n.js";
import { fieldLabel, outcomeWords, quantityWords, scheduleRuns } from "./words.js";

interface Ctx {
  readonly program: Program;
  readonly catalogue: FieldCatalogue;
  readonly lang: Lang;
}

const ROUNDING: Record<string, { zh: string; en: string }> = {
  "half-up": { zh: "四舍五入", en: "rounded half up" },
  down: { zh: "舍去尾数", en: "rounded down" },
  up: { zh: "进位", en: "rounded up" },
  "half-even": { zh: "四舍六入五成双", en: "rounded half to even" },
};
const PLACES: Record<string, { zh: string; en: string }> = {
  "0": { zh: "到元", en: "to the yuan" },
  "1": { zh: "到角", en: "to the jiao" },
  "2": { zh: "到分", en: "to the fen" },
};

/**
 * The arithmetic of an amount in words, one step a line, with the labels of the fields and parameters:
 * `月缴存基数 3333元/月 × 缴存比例 5% = 166.65元/月`, `166.65元/月 按四舍五入到元 = 167元/月`.
 */
export function arithmeticWords(a: AmountResult, ctx: Ctx): string[] {
  const lines: string[] = [];
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
    }
  }
  const runs = scheduleRuns(a.schedule);
  if (runs && a.total) {
    // Each month at the standard in force that month: the total is the sum of the runs, not value × months.
    const parts = runs.map(
      (r) =>
        `${quantityWords(r.value, "yuan/month", ctx.lang)} × ${quantityWords(new Big(r.months), "months", ctx.lang)}`,
    );
    const t = quantityWords(a.total, "yuan", ctx.lang);
    lines.push(
      ctx.lang === "zh"
        ? `逐月合计：${parts.join(" + ")} = ${t}`
        : `month by month: ${parts.join(" + ")} = ${t}`,
    );
  } else if (a.value && a.months && a.total) {
    const [v, m, t] = [
      quantityWords(a.value, a.per === "month" ? "yuan/month" : "yuan", ctx.lang),
      quantityWords(a.months, "months", ctx.lang),
      quantityWords(a.total, "yuan", ctx.lang),
    ];
    lines.push(ctx.lang === "zh" ? `${v} × ${m} = 合计${t}` : `${v} × ${m} = ${t} in all`);
  }
  return lines;
}

function operandWords(o: Operand, ctx: Ctx): string {
  const q = quantityWords(o.value, o.unit, ctx.lang);
  if (!o.name) return q;
  const label =
    ctx.program.parameters.get(o.name)?.label[ctx.lang] ?? fieldLabel(o.name, ctx.catalogue, ctx.lang);
  return label ? `${label} ${q}` : q;
}

function arithmeticLine(rec: ArithmeticRecord, ctx: Ctx): string {
  const result = quantityWords(rec.result, rec.unit, ctx.lang);
  return `${operandWords(rec.left, ctx)} ${rec.op} ${operandWords(rec.right, ctx)} = ${result}`;
}

function lookupWords(rec: LookupRecord, ctx: Ctx): string {
  const { lang } = ctx;
  const label = ctx.program.parameters.get(rec.table)?.label[lang] ?? "";
  const key = /^\d{6}$/.test(rec.key) ? (regionName(rec.key) ?? rec.key) : rec.key;
  if (rec.value === undefined)
    return lang === "zh" ? `${label}：没有“${key}”的数值` : `${label}: no value for “${key}”`;
  const value = outcomeWords(rec.value, rec.unit, lang);
  return lang === "zh" ? `${label}（${key}）：${value}` : `${label} (${key}): ${value}`;
}

function callWords(rec: CallRecord, unit: string | undefined, lang: Lang): string | undefined {
  const [x, dp, mode] = rec.args;
  if (rec.name === "round" && x instanceof Big) {
    const how = ROUNDING[String(mode)] ?? { zh: String(mode), en: String(mode) };
    const places = PLACES[String(dp)] ?? {
      zh: `保留${String(dp)}位小数`,
      en: `to ${String(dp)} decimal places`,
    };
    const [from, to] = [quantityWords(x, unit, lang), outcomeWords(rec.result, unit, lang)];
    return lang === "zh"
      ? `${from} 按${how.zh}${places.zh} = ${to}`
      : `${from} ${how.en} ${places.en} = ${to}`;
  }
  if ((rec.name === "min" || rec.name === "max") && rec.args.every((v) => v instanceof Big)) {
    const [a, b] = rec.args.map((v) => outcomeWords(v, unit, lang));
    const r = outcomeWords(rec.result, unit, lang);
    const which =
      rec.name === "min" ? { zh: "较小者", en: "the smaller" } : { zh: "较大者", en: "the larger" };
    return lang === "zh" ? `${a} 与 ${b} 取${which.zh} = ${r}` : `${which.en} of ${a} and ${b} = ${r}`;
  }
  return undefined;
}

function carriedUnit(rec: ArithmeticRecord, unit: string | undefined, last: Big | undefined) {
  return last && (last.eq(rec.left.value) || last.eq(rec.right.value)) ? unit : undefined;
}
