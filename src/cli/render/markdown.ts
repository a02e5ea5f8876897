import type { Evaluation } from "../../engine/result.js";
import { formatValue } from "../../expr/values.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { type Lang, REASON_TEXT, STATUS_TEXT, UI } from "../i18n.js";
import { amountText, needsField } from "./amountText.js";
import { conditionExplain, filterLines, parameterText, replacedText, seenText } from "./explain.js";
import { caseReferenceLine, resultNoteLines } from "./resultNotes.js";

/** A printable Markdown report of one evaluation, for case files. */
export function renderMarkdown(
  evaluation: Evaluation,
  catalogue: FieldCatalogue,
  lang: Lang,
  profileName?: string,
): string {
  const lines = [`# ${profileName ? `${profileName} · ` : ""}${UI.asOf[lang]} ${evaluation.asOf}`, ""];
  const reference = caseReferenceLine(evaluation.reference, lang);
  if (reference) lines.push(reference, "");
  lines.push(`| ${UI.program[lang]} | ${UI.status[lang]} | ${UI.amount[lang]} |`, "|---|---|---|");
  for (const r of evaluation.results)
    lines.push(
      `| ${r.program.title[lang]} (\`${r.program.id}\`) | ${STATUS_TEXT[r.status][lang]} | ${amountText(r.amount, lang)} |`,
    );
  for (const r of evaluation.results) {
    lines.push("", `## ${r.program.title[lang]} — ${STATUS_TEXT[r.status][lang]}`, "");
    if (r.reason) lines.push(`${REASON_TEXT[r.reason]?.[lang] ?? r.reason}`, "");
    if (r.program.replaces) lines.push(`> ${replacedText(r.program, lang)}`, "");
    if (r.amount) {
      lines.push(`- **${UI.amount[lang]}**: ${amountText(r.amount, lang)}`);
      for (const s of r.amount.seen) lines.push(`  - ${seenText(s, catalogue, lang)}`);
      for (const s of r.amount.steps) lines.push(`  - ${s}`);
      for (const p of r.amount.parameters) lines.push(`  - ${parameterText(p, lang)}`);
      if (r.amount.monthsCase) lines.push(`  - ${UI.monthsCase[lang]}: ${r.amount.monthsCase[lang]}`);
      if (r.amount.note && (r.amount.value !== null || needsField(r.amount)))
        lines.push(`  - ${UI.note[lang]}: ${r.amount.note[lang]}`);
    }
    if (r.named?.length)
      lines.push(
        `- **${UI.namedValues[lang]}**: ${r.named.map((n) => `${n.label[lang]} \`${n.name}\` = ${n.value === null ? "?" : formatValue(n.value, n.unit)}`).join("; ")}`,
      );
    for (const note of resultNoteLines(r, lang)) lines.push(`- ${note}`);
    if (r.missing.length)
      lines.push(`- **${UI.missing[lang]}**: ${r.missing.map((m) => `\`${m}\``).join(", ")}`);
    for (const c of r.conditions) {
      const mark = c.result === true ? "✔" : c.result === false ? "✘" : "?";
      lines.push(`- ${mark} ${conditionExplain(c, catalogue, lang)}`);
    }
    for (const f of r.filters ?? [])
      lines.push(...filterLines(f, lang).map((l, i) => `${i ? "  " : ""}- ${l}`));
    if (r.status !== "not-applicable") {
      lines.push("", `**${UI.sources[lang]}**`, "");
      for (const s of r.program.sources)
        lines.push(`> ${s.title}${s.url ? ` <${s.url}>` : ""}\n> ${s.quote}`, "");
    }
  }
  return `${lines.join("\n")}\n`;
}
