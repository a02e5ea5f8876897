import type Big from "big.js";
import type { AmountResult, ProgramResult } from "../../../engine/result.js";
import { say } from "../../../messages/index.js";
import { lawOnlyUnknown } from "../../../messages/status.js";
import { type Lang, REASON_TEXT, STATUS_TEXT } from "../../i18n.js";
import { isoDateWords, monthWords, quantityWords, scheduleRuns } from "./words.js";

// A result's conclusion and its amount in words, the first thing every view says of a program.

/** The conclusion, first: `符合条件，预计每月334元`, `不符合条件：…`, `还不能确定：需补充3项信息`. */
export function conclusion(r: ProgramResult, lang: Lang): string {
  if (r.status === "not-applicable") return notApplicableWords(r, lang);
  if (lawOnlyUnknown(r)) return lawUnknownWords(r, lang);
  if (r.status === "undetermined") return say(lang, "ui/undeterminedNeeds", { n: r.missing.length });
  if (r.status === "ineligible") {
    const failed = r.conditions.filter((c) => c.result === false);
    const first = failed[0]?.text[lang] ?? "";
    return say(lang, "ui/ineligibleBecause", { first, n: failed.length });
  }
  const a = r.amount;
  if (!a) return say(lang, "ui/eligible");
  if (a.value === null) {
    if (a.note) return say(lang, "ui/eligibleNote", { note: noteWords(a, a.note, lang) });
    return `${say(lang, "ui/eligibleAmountOpen")}${possibleWords(a, lang)}`;
  }
  const kind =
    a.kind === "paid-to-person" ? "" : `${say(lang, "ui/clauseSeparator")}${say(lang, `ui/kind/${a.kind}`)}`;
  return say(lang, "ui/eligibleAmount", { amount: `${amountWords(a, lang)}${kind}` });
}

/**
 * Why a program does not apply; out of its term, whether it ended or has not begun, and on which day (law3 F5b):
 * `评估日期不在政策有效期内：该政策已于2022年12月31日结束`.
 */
export function notApplicableWords(r: ProgramResult, lang: Lang): string {
  const { from, to } = r.program.inForce;
  if (r.term === "ended" && to) return say(lang, "law/ended", { on: isoDateWords(to, lang) });
  if (r.term === "not-begun") return say(lang, "law/notBegun", { on: isoDateWords(from, lang) });
  return r.reason
    ? (REASON_TEXT[r.reason]?.[lang] ?? STATUS_TEXT[r.status][lang])
    : STATUS_TEXT[r.status][lang];
}

/** `还不能确定：2026年1月1日起是否仍在实施，未见公开来源确认；若仍在实施：一次性5000元`. */
function lawUnknownWords(r: ProgramResult, lang: Lang): string {
  const on = isoDateWords((r.lawUnknown as NonNullable<ProgramResult["lawUnknown"]>).from, lang);
  return say(lang, "ui/lawUnknown", { on, ifInForce: ifInForceWords(r, lang) });
}

/** `若仍在实施：一次性5000元`, or nothing when the program pays no amount or something else is open. */
export function ifInForceWords(r: ProgramResult, lang: Lang): string {
  const a = r.lawUnknown?.ifInForce;
  return a ? say(lang, "currency/ifInForce", { amount: amountWords(a, lang) }) : "";
}

/** `每月334元，最长6个月，合计2004元`, `一次性5000元`, `每月最高1800元`. */
export function amountWords(a: AmountResult, lang: Lang): string {
  if (a.value === null)
    return a.note ? noteWords(a, a.note, lang) : `${say(lang, "ui/toBeDecided")}${possibleWords(a, lang)}`;
  // A deposit is said as one: `每月缴存334元`, never as money received.
  const paidIn = a.kind === "paid-by-person" ? say(lang, "ui/paidIn") : "";
  const v = `${paidIn}${quantityWords(a.value, "yuan", lang)}`;
  const upTo = a.bound === "at-most";
  const head = say(lang, a.per === "month" ? "ui/perMonthAmount" : "ui/onceAmount", { v, upTo });
  // A standard raised mid-way, or unknown past its horizon: say from when each later amount is paid (or unknown), so
  // "每月" never misstates the months after it.
  const changes = (scheduleRuns(a) ?? []).slice(1).map((r) => {
    const month = monthWords(r.from ?? "", lang);
    return r.value === null
      ? say(lang, "ui/unknownFrom", { month })
      : say(lang, "ui/monthlyFrom", { month, v: quantityWords(r.value, "yuan", lang) });
  });
  const withChanges = changes.length
    ? say(lang, "ui/withParenthesis", { text: head, assumed: changes.join(say(lang, "ui/listComma")) })
    : head;
  if (!a.months) return head;
  const months = quantityWords(a.months, "months", lang);
  // Months known but a later month's value not (a standard past its horizon): the months still stand.
  if (!a.total) return say(lang, "ui/monthsTotalUnknown", { head: withChanges, months });
  return say(lang, "ui/monthsAndTotal", {
    head: withChanges,
    months,
    total: quantityWords(a.total, "yuan", lang),
  });
}

/**
 * Why the amount is unknown, after the months it is paid for when those are known (law3 F3): `共10个月（2026年12月至
 * 2027年9月），每月金额未知：…` — the months are not unknown because the money is.
 */
function noteWords(a: AmountResult, note: NonNullable<AmountResult["note"]>, lang: Lang): string {
  if (!a.months || !a.period) return note[lang];
  return say(lang, "law/monthsAmountUnknown", {
    months: quantityWords(a.months, "months", lang),
    from: monthWords(a.period.from, lang),
    to: monthWords(a.period.to, lang),
    note: note[lang],
  });
}

/** `：可能为2000元或5000元`, `：至少4000元，至多6000元`. */
function possibleWords(a: AmountResult, lang: Lang): string {
  const p = a.possible;
  if (!p) return "";
  const y = (v: Big) => quantityWords(v, "yuan", lang);
  if (p.values) return say(lang, "ui/possibleValues", { values: p.values.map(y).join(say(lang, "ui/or")) });
  if (p.atLeast && p.atMost) return say(lang, "ui/possibleRange", { lo: y(p.atLeast), hi: y(p.atMost) });
  return "";
}
