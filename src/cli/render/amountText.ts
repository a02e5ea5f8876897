import type { AmountResult } from "../../engine/result.js";
import { say } from "../../messages/index.js";
import { type Lang, UI } from "../i18n.js";

/** `334 元/月`, `5000 元（一次性）`, `1324.8 元/月，最长 6 个月，合计 7948.8 元`. */
export function amountText(a: AmountResult | null, lang: Lang): string {
  if (!a) return "";
  if (a.value === null) return a.note && !needsField(a) ? a.note[lang] : UI.unknownAmount[lang];
  const unit = a.per === "month" ? UI.perMonth[lang] : UI.once[lang];
  const head = `${a.bound === "at-most" ? UI.upTo[lang] : ""}${a.value.toString()} ${unit}`;
  if (!a.months || !a.total) return head;
  const tail = UI.atMostMonths[lang]
    .replace("{n}", a.months.toString())
    .replace("{total}", a.total.toString());
  return `${head}${say(lang, "ui/listComma")}${tail}`;
}

/** Whether the amount is unknown for want of a field (then "still needed" says which; the note is no answer). */
export function needsField(a: AmountResult): boolean {
  return a.seen.some((s) => s.value === undefined);
}
