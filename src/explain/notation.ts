import type Big from "big.js";
import type { AmountResult } from "../engine/result.js";
import type { ExplainRecord, PaidRun } from "../expr/explainRecord.js";
import { formatIsoDate, formatValue } from "../expr/values.js";
import { say } from "../messages/index.js";
import type { LocalText } from "../rules/program.js";
import type { Lang } from "./words.js";

// The analysts' trace notation (`3333 × 5% = 166.65`, `retirementDate(1965-03-15, male) = 2025-04-15`): one
// view of the explanation records, read by `--trace`, JSON `steps` and fixture `explain:`.

/** What the notation of an amount needs beside its records: the rule's 大龄续发 sentence, filled. */
export interface NotationContext {
  readonly continued?: LocalText;
}

/** Every record that has a notation, in order (comparisons have none: the condition's sentence says them). */
export function notationSteps(
  records: readonly ExplainRecord[] | undefined,
  lang: Lang,
  context: NotationContext = {},
): string[] {
  const out: string[] = [];
  for (const rec of records ?? []) {
    const line = notation(rec, lang, context);
    if (line !== undefined) out.push(line);
  }
  return out;
}

/** An amount's steps in the notation: its records, with the rule's 大龄续发 sentence when it was continued. */
export function amountSteps(a: AmountResult, lang: Lang): string[] {
  return notationSteps(a.records, lang, { continued: a.continued });
}

/** One record in the trace notation, or undefined when it has none. */
export function notation(rec: ExplainRecord, lang: Lang, context: NotationContext = {}): string | undefined {
  switch (rec.kind) {
    case "lookup":
      return rec.value === undefined
        ? say(lang, "words/lookupMissing", { label: rec.table, key: rec.key })
        : `${rec.table}[${rec.key}] = ${formatValue(rec.value)}`;
    case "arithmetic":
      return `${formatValue(rec.left.value, rec.left.unit)} ${rec.op} ${formatValue(rec.right.value, rec.right.unit)} = ${formatValue(rec.result)}`;
    case "call": {
      const [x, dp, mode] = rec.args;
      if (rec.name === "round" && x !== undefined && dp !== undefined)
        return say(lang, "words/trace/round", {
          from: formatValue(x),
          to: formatValue(rec.result),
          mode: String(mode),
          dp: formatValue(dp),
        });
      if (rec.returns !== "date" && rec.returns !== "number") return undefined;
      const shown = rec.args.filter((_, i) => !rec.unused?.includes(i));
      return `${rec.name}(${shown.map((a) => formatValue(a)).join(", ")}) = ${formatValue(rec.result)}`;
    }
    case "continued":
      return `${formatIsoDate(rec.date)}: ${rec.from.toString()} → ${rec.to} (${context.continued?.[lang] ?? rec.why})`;
    case "total":
      return `${rec.runs.map(runNotation).join(" + ")} = ${known(rec.total)}`;
    default:
      return undefined;
  }
}

/** `1755 × 4 (2023-05…2023-08)`, or `167 × 2` for a steady value. */
function runNotation(r: PaidRun): string {
  const months = r.from ? ` (${r.from}${r.to && r.to !== r.from ? `…${r.to}` : ""})` : "";
  return `${known(r.value)} × ${r.months.toString()}${months}`;
}

function known(v: Big | null): string {
  return v === null ? "?" : v.toString();
}
