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
    `# ${T.title[lang]} · ${T.reference[lang]}${colon}${rep.reference === undefined ? T.noReference[lang] : md(rep.reference)}`,
    "",
  ];
  if (rep.maskedId) lines.push(`- ${T.idNumber[lang]}${colon}${rep.maskedId}`);
  lines.push(`- ${T.asOf[lang]}${colon}${rep.asOf}${rep.asOfIsToday ? T.today[lang] : T.chosen[lang]}`, "");
  if (rep.programs.length) {
    lines.push(`## ${T.summary[lang]}`, "", `| ${UI.program[lang]} | ${UI.status[lang]} |`, "|---|---|");
    for (const v of rep.programs) lines.push(`| ${md(v.title)} | ${MARK[v.status]} ${md(v.conclusion)} |`);
  }
  if (!rep.programs.length && !rep.elsewhere.length) lines.push(T.none[lang], "");
  for (const v of rep.programs) {
    lines.push("", `## ${MARK[v.status]} ${md(v.title)} — ${v.statusText}`, "", md(v.conclusion), "");
    for (const x of v.overrides) lines.push(`> ${md(x)}`, "");
    if (v.caseLabel) lines.push(`- ${UI.case[lang]}${colon}${md(v.caseLabel)}`);
    if (v.monthsCase) lines.push(`- ${UI.monthsCasePlain[lang]}${colon}${md(v.monthsCase)}`);
    if (v.named.length)
      lines.push(`- ${UI.namedPlain[lang]}${colon}${md(v.named.join(lang === "zh" ? "；" : "; "))}`);
    if (v.priority) lines.push(`- ${UI.priority[lang]}${colon}${md(v.priority)}`);
    for (const c of v.caveats) lines.push(`- **${T.caveats[lang]}**${colon}${md(c)}`);
    if (v.reasons.length) {
      lines.push("", `**${T.conditions[lang]}**`, "");
      for (const r of v.reasons)
        lines.push(`- ${r.mark} ${r.decisive && v.status !== "eligible" ? `**${md(r.text)}**` : md(r.text)}`);
    }
    for (const [i, line] of v.records.entries()) lines.push(`${i ? "  " : ""}- ${md(line)}`);
    if (v.arithmetic.length) {
      lines.push("", `**${T.arithmetic[lang]}**`, "");
      for (const a of v.arithmetic) lines.push(`- ${md(a)}`);
    }
    if (v.schedule.length) {
      lines.push(
        "",
        `**${T.schedule[lang]}**`,
        "",
        `| ${T.month[lang]} | ${UI.amount[lang]} |`,
        "|---|---:|",
      );
      for (const s of v.schedule) lines.push(`| ${md(s.month)} | ${md(s.amount)} |`);
    }
    const cited = rep.citations.get(v);
    if (cited?.length)
      lines.push("", `${T.cited[lang]}${cited.map((n) => `[${n}]`).join(" ")}${T.seeBelow[lang]}`);
    if (v.missing.length) {
      lines.push("", `**${T.questions[lang]}**`, "");
      for (const q of v.missing) lines.push(`- ${md(q)}`);
    }
  }
  if (rep.sources.length) {
    lines.push("", `## ${T.sources[lang]}`, "");
    rep.sources.forEach((s, i) => {
      lines.push(
        `${i + 1}. ${md(s.title)}${s.url ? ` ${link(s.url)}` : ""}`,
        ...s.quotes.map((q) => `   > “${md(q)}”`),
        "",
      );
    });
  }
  if (rep.elsewhere.length) {
    lines.push("", `## ${T.elsewhere[lang]}`, "");
    for (const e of rep.elsewhere) lines.push(`- ${md(e)}`);
  }
  if (rep.facts.length) {
    lines.push("", `## ${T.facts[lang]}`, "");
    for (const f of rep.facts)
      lines.push(`- ${md(f.label)}${colon}${md(f.value)}${f.derived ? `（${T.derived[lang]}）` : ""}`);
  }
  lines.push(
    "",
    `> ${T.disclaimer[lang]}`,
    "",
    `${T.signature[lang]}＿＿＿＿＿＿＿＿　${T.date[lang]}＿＿＿＿＿＿`,
  );
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

/**
 * Text from a rule file, a profile or a file name as Markdown shows it, never as Markdown or HTML it could be read
 * as: one line; characters that start HTML, links, emphasis, code or a table cell backslash-escaped; a line
 * start that would begin a heading, quote or list escaped too.
 */
export function md(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[\\`*_[\]<>|~!]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/^(\s*)([#>+=-]|\d+[.)])/, "$1\\$2");
}

/** A source's address as a link only when it is http(s); anything else (`javascript:`, `data:`) is shown as text. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : md(url);
}
