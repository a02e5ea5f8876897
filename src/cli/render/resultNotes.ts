import { currencyFactLines } from "../../engine/currency.js";
import type { ProgramResult } from "../../engine/result.js";
import { exclusionText } from "../../explain/json.js";
import { say, sayMessage } from "../../messages/index.js";
import type { Lang } from "../i18n.js";

const TEXT = {
  priority: { zh: "优先安置", en: "Priority" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  unknown: { zh: "未知", en: "unknown" },
  caveat: { zh: "须经办人员核实", en: "To be confirmed by the caseworker" },
  notTogether: { zh: "不得同时享受", en: "Not together" },
  schedule: { zh: "按月发放（每月按当月标准）", en: "Paid month by month (each at that month's standard)" },
  caseReference: { zh: "经办档案编号", en: "Case file number" },
} as const;

/**
 * The lines a result adds beyond status and conditions — priority, caveats, exclusions, a payment schedule
 * that changes, a continued period, why an amount is unknown — in the user's language, for the table and
 * Markdown views (the JSON view carries them as keys).
 */
export function resultNoteLines(r: ProgramResult, lang: Lang): string[] {
  const lines: string[] = [];
  if (r.priority) {
    const answer =
      r.priority.result === true ? TEXT.yes : r.priority.result === false ? TEXT.no : TEXT.unknown;
    const why = r.priority.conditions
      .map((c) => `${c.result === true ? "✔" : c.result === false ? "✘" : "?"} ${c.text[lang]}`)
      .join(say(lang, "ui/clauseSeparator"));
    lines.push(`${TEXT.priority[lang]}: ${answer[lang]} (${why})`);
  }
  for (const c of r.caveats ?? [])
    if (c.currency) {
      // --trace gives every value in full: its label, since when, the source's whole title, the horizon's reason.
      lines.push(`⚠ ${TEXT.caveat[lang]}: ${say(lang, "currency/caveat", { items: "" })}`);
      for (const f of currencyFactLines(c.currency, lang)) lines.push(`  · ${f}`);
    } else lines.push(`⚠ ${TEXT.caveat[lang]}: ${c.text[lang]}`);
  for (const x of r.exclusions ?? [])
    lines.push(`⚠ ${TEXT.notTogether[lang]}: ${exclusionText(x.title, lang)}`);
  const a = r.amount;
  if (a?.continued) lines.push(a.continued[lang]);
  for (const n of a?.notes ?? []) lines.push(sayMessage(lang, n));
  const schedule = a?.schedule;
  if (schedule && new Set(schedule.map((p) => p.value?.toString() ?? "?")).size > 1) {
    const changes = schedule.filter(
      (p, i) => i === 0 || p.value?.toString() !== schedule[i - 1]?.value?.toString(),
    );
    lines.push(
      `${TEXT.schedule[lang]}: ${changes.map((p) => `${p.month} ${p.value?.toString() ?? "?"}`).join(" → ")}`,
    );
  }
  return lines;
}

/** `经办档案编号: 2026-0815` when the profile gives `case.reference`. */
export function caseReferenceLine(reference: unknown, lang: Lang): string | undefined {
  return typeof reference === "string" && reference ? `${TEXT.caseReference[lang]}: ${reference}` : undefined;
}
