import type { Evaluation } from "../../engine/result.js";
import { UI } from "../i18n.js";
import { MARK } from "./plain/programView.js";
import { caseReport, type ReportOptions, REPORT_TEXT as T } from "./report.js";

/**
 * The case report as Markdown, for case files: headed by the case reference and the masked ID number (never the
 * file path), then the same content as the HTML report.
 */
export function renderMarkdown(evaluation: Evaluation, o: ReportOptions): string {
  const { lang } = o;
  const rep = caseReport(evaluation, o);
  const colon = lang === "zh" ? "：" : ": ";
  const lines = [
    `# ${T.title[lang]} · ${T.reference[lang]}${colon}${rep.reference ?? T.noReference[lang]}`,
    "",
  ];
  if (rep.maskedId) lines.push(`- ${T.idNumber[lang]}${colon}${rep.maskedId}`);
  lines.push(`- ${T.asOf[lang]}${colon}${rep.asOf}${rep.asOfIsToday ? T.today[lang] : T.chosen[lang]}`, "");
  if (rep.programs.length) {
    lines.push(`## ${T.summary[lang]}`, "", `| ${UI.program[lang]} | ${UI.status[lang]} |`, "|---|---|");
    for (const v of rep.programs)
      lines.push(`| ${cell(v.title)} | ${MARK[v.status]} ${cell(v.conclusion)} |`);
  }
  if (!rep.programs.length && !rep.elsewhere.length) lines.push(T.none[lang], "");
  for (const v of rep.programs) {
    lines.push("", `## ${MARK[v.status]} ${v.title} — ${v.statusText}`, "", v.conclusion, "");
    for (const x of v.overrides) lines.push(`> ${x}`, "");
    if (v.caseLabel) lines.push(`- ${UI.case[lang]}${colon}${v.caseLabel}`);
    if (v.monthsCase) lines.push(`- ${UI.monthsCasePlain[lang]}${colon}${v.monthsCase}`);
    if (v.named.length)
      lines.push(`- ${UI.namedPlain[lang]}${colon}${v.named.join(lang === "zh" ? "；" : "; ")}`);
    if (v.priority) lines.push(`- ${UI.priority[lang]}${colon}${v.priority}`);
    for (const c of v.caveats) lines.push(`- **${T.caveats[lang]}**${colon}${c}`);
    if (v.reasons.length) {
      lines.push("", `**${T.conditions[lang]}**`, "");
      for (const r of v.reasons)
        lines.push(`- ${r.mark} ${r.decisive && v.status !== "eligible" ? `**${r.text}**` : r.text}`);
    }
    for (const [i, line] of v.records.entries()) lines.push(`${i ? "  " : ""}- ${line}`);
    if (v.arithmetic.length) {
      lines.push("", `**${T.arithmetic[lang]}**`, "");
      for (const a of v.arithmetic) lines.push(`- ${a}`);
    }
    if (v.schedule.length) {
      lines.push(
        "",
        `**${T.schedule[lang]}**`,
        "",
        `| ${T.month[lang]} | ${UI.amount[lang]} |`,
        "|---|---:|",
      );
      for (const s of v.schedule) lines.push(`| ${s.month} | ${s.amount} |`);
    }
    const cited = rep.citations.get(v);
    if (cited?.length)
      lines.push("", `${T.cited[lang]}${cited.map((n) => `[${n}]`).join(" ")}${T.seeBelow[lang]}`);
    if (v.missing.length) {
      lines.push("", `**${T.questions[lang]}**`, "");
      for (const q of v.missing) lines.push(`- ${q}`);
    }
  }
  if (rep.sources.length) {
    lines.push("", `## ${T.sources[lang]}`, "");
    rep.sources.forEach((s, i) => {
      lines.push(
        `${i + 1}. ${s.title}${s.url ? ` <${s.url}>` : ""}`,
        ...s.quotes.map((q) => `   > “${q}”`),
        "",
      );
    });
  }
  if (rep.elsewhere.length) {
    lines.push("", `## ${T.elsewhere[lang]}`, "");
    for (const e of rep.elsewhere) lines.push(`- ${e}`);
  }
  if (rep.facts.length) {
    lines.push("", `## ${T.facts[lang]}`, "");
    for (const f of rep.facts)
      lines.push(`- ${f.label}${colon}${f.value}${f.derived ? `（${T.derived[lang]}）` : ""}`);
  }
  lines.push(
    "",
    `> ${T.disclaimer[lang]}`,
    "",
    `${T.signature[lang]}＿＿＿＿＿＿＿＿　${T.date[lang]}＿＿＿＿＿＿`,
  );
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
