import type { Evaluation } from "../../engine/result.js";
import { UI } from "../i18n.js";
import { MARK } from "./plain/programView.js";
import { caseReport, programDetails, type ReportCase, type ReportOptions, reportWords } from "./report.js";

/** The case reports of several evaluations in one file, each with its own head, separated by a rule. */
export function renderMarkdownReports(cases: readonly ReportCase[]): string {
  return cases.map(({ evaluation, options }) => renderMarkdown(evaluation, options)).join("\n---\n\n");
}

/**
 * The case report as Markdown, for case files: headed by the case reference and the masked ID number (never the
 * file path), then the same content as the HTML report.
 */
export function renderMarkdown(evaluation: Evaluation, o: ReportOptions): string {
  const { lang } = o;
  const t = reportWords(lang);
  const rep = caseReport(evaluation, o);
  const colon = t("colon");
  const lines = [
    `# ${t(rep.whatIf ? "whatIfTitle" : "title")} · ${t("reference")}${colon}${rep.reference === undefined ? t("noReference") : md(rep.reference)}`,
    "",
  ];
  if (rep.maskedId) lines.push(`- ${t("idNumber")}${colon}${rep.maskedId}`);
  lines.push(
    `- ${t("asOf")}${colon}${rep.asOf}${rep.asOfIsToday ? t("today") : t("chosen")}`,
    `- ${t("printedOn")}${colon}${rep.printedOn}`,
    "",
  );
  if (rep.whatIf) lines.push(`> **${md(rep.whatIf)}**`, "");
  if (rep.programs.length) {
    lines.push(
      `## ${t(rep.whatIf ? "whatIfSummary" : "summary")}`,
      "",
      `| ${UI.program[lang]} | ${UI.status[lang]} |`,
      "|---|---|",
    );
    for (const v of rep.programs) lines.push(`| ${md(v.title)} | ${MARK[v.status]} ${md(v.conclusion)} |`);
  }
  if (!rep.programs.length && !rep.elsewhere.length) lines.push(t("none"), "");
  for (const v of rep.programs) {
    lines.push("", `## ${MARK[v.status]} ${md(v.title)} — ${v.statusText}`, "", md(v.conclusion), "");
    for (const x of v.overrides) lines.push(`> ${md(x)}`, "");
    for (const d of programDetails(v, lang)) lines.push(`- ${md(d)}`);
    for (const c of v.caveats) lines.push(`- **${t("caveats")}**${colon}${md(c)}`);
    if (v.reasons.length) {
      lines.push("", `**${t("conditions")}**`, "");
      for (const r of v.reasons)
        lines.push(`- ${r.mark} ${r.decisive && v.status !== "eligible" ? `**${md(r.text)}**` : md(r.text)}`);
    }
    for (const [i, line] of v.records.entries()) lines.push(`${i ? "  " : ""}- ${md(line)}`);
    if (v.arithmetic.length) {
      lines.push("", `**${t("arithmetic")}**`, "");
      for (const a of v.arithmetic) lines.push(`- ${md(a)}`);
    }
    if (v.schedule.length) {
      lines.push("", `**${t("schedule")}**`, "", `| ${t("month")} | ${UI.amount[lang]} |`, "|---|---:|");
      for (const s of v.schedule) lines.push(`| ${md(s.month)} | ${md(s.amount)} |`);
    }
    const cited = rep.citations.get(v);
    if (cited?.length) lines.push("", `${t("cited")}${cited.map((n) => `[${n}]`).join(" ")}${t("seeBelow")}`);
    if (v.needed.length) {
      lines.push("", `**${t("questions")}**`, "");
      for (const q of v.needed) lines.push(`- ${md(q)}`);
    }
  }
  if (rep.sources.length) {
    lines.push("", `## ${t("sources")}`, "");
    rep.sources.forEach((s, i) => {
      lines.push(
        `${i + 1}. ${md(s.title)}${s.url ? ` ${link(s.url)}` : ""}`,
        ...s.quotes.map((q) => `   > “${md(q)}”`),
        "",
      );
    });
  }
  if (rep.elsewhere.length) {
    lines.push("", `## ${t("elsewhere")}`, "");
    for (const e of rep.elsewhere) lines.push(`- ${md(e)}`);
  }
  if (rep.facts.length) {
    lines.push("", `## ${t("facts")}`, "");
    for (const f of rep.facts)
      lines.push(`- ${md(f.label)}${colon}${md(f.value)}${f.derived ? `（${t("derived")}）` : ""}`);
  }
  lines.push("", `> ${t("disclaimer")}`, "", `${t("signature")}＿＿＿＿＿＿＿＿　${t("date")}＿＿＿＿＿＿`);
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
    .replace(/^(\s*\d*)(#|[+=-](?=\s|$)|(?<=\d)[.)](?=\s|$))/, "$1\\$2");
}

/** A source's address as a link only when it is http(s); anything else (`javascript:`, `data:`) is shown as text. */
function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : md(url);
}
