import type { Evaluation } from "../../engine/result.js";
import { say } from "../../messages/index.js";
import { type Lang, UI } from "../i18n.js";
import { MARK, type ProgramView } from "./plain/programView.js";
import {
  type CaseReport,
  caseReport,
  programDetails,
  type ReportCase,
  type ReportOptions,
  reportWords,
} from "./report.js";

// The printable case report: one self-contained page (inline CSS, no script, no fonts or images fetched),
// A4 print styles, `lang` set so that Noto CJK draws Chinese (not Japanese) glyph forms.

const CSS = `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
  font-size: 8.5pt; line-height: 1.25; color: #111; margin: 0 auto; max-width: 184mm; }
h1 { font-size: 14pt; margin: 0 0 3pt; }
h2 { font-size: 10.5pt; margin: 7pt 0 2pt; border-bottom: 1px solid #999; padding-bottom: 1pt; }
h3 { font-size: 9pt; margin: 4pt 0 1pt; }
p { margin: 2pt 0; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0; }
thead { display: table-header-group; }
th, td { border: 1px solid #999; padding: 1pt 4pt; text-align: left; vertical-align: top; }
td.num { text-align: right; }
dl.head { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 0 0 4pt; }
dl.head dt { font-weight: bold; }
dl.head dd { margin: 0; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
li, p, tr { break-inside: avoid; page-break-inside: avoid; }
ul { margin: 1pt 0; padding-left: 12pt; }
li { margin: 0.5pt 0; }
li.decisive { font-weight: bold; }
.status { font-weight: bold; }
.eligible .status { color: #0a6b2d; }
.ineligible .status { color: #a11; }
.undetermined .status { color: #8a5a00; }
.caveat { border-left: 3px solid #c80; padding-left: 5pt; font-size: 7.5pt; }
ol.sources { padding-left: 14pt; margin: 1pt 0; font-size: 7.5pt; line-height: 1.25; color: #222; }
ol.sources li { margin: 1pt 0; }
ol.sources q { color: #333; }
.url { color: #555; word-break: break-all; }
.derived { font-size: 7.5pt; color: #444; }
.disclaimer { margin-top: 8pt; }
.signature { margin-top: 12pt; display: flex; gap: 16mm; }
.closing { break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.signature .blank { display: inline-block; min-width: 50mm; border-bottom: 1px solid #111; }
ul.conditions { list-style: none; padding-left: 3pt; }
.cite { font-size: 8pt; color: #333; }
.whatif { border: 2px solid #a11; padding: 3pt 5pt; font-weight: bold; }
article.report + article.report { break-before: page; page-break-before: always; }
@media screen { body { padding: 12mm; } }
`;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Text as a CSS string: every character that could end the string or the style element escaped by its code. */
const cssString = (s: string) =>
  `"${s.replace(/[^\p{L}\p{N} ,.:;()（）：，、·-]/gu, (c) => `\\${(c.codePointAt(0) as number).toString(16)} `)}"`;

/**
 * The A4 page with its foot on every page, and a named page per report carrying that report's running head: its
 * case reference and print date above, so that each applicant's pages are headed by their own case and a report
 * begins on a page of its own. Chromium (131 on) draws @page margin boxes when printing; page counters exist only
 * there, and count the pages of the whole document.
 */
function pageCss(reports: readonly CaseReport[], lang: Lang): string {
  const t = reportWords(lang);
  const head = (label: string, value: string) => cssString(say(lang, "report/labelled", { label, value }));
  const [before = "", between = "", after = ""] = say(lang, "report/page", { page: "\0", pages: "\0" }).split(
    "\0",
  );
  const box = "font-size: 7.5pt; color: #444;";
  const named = reports.map(
    (rep, i) => `@page ${pageName(i)} {
  @top-left { content: ${head(t("reference"), rep.reference ?? t("noReference"))}; ${box} }
  @top-right { content: ${head(t("printedOn"), rep.printedOn)}; ${box} }
}`,
  );
  return `@page { size: A4; margin: 13mm 12mm 12mm;
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}; ${box} }
}
${named.join("\n")}`;
}

const pageName = (i: number) => `report-${i + 1}`;

/** The case report of one evaluation as a self-contained HTML page, ready to print on A4. */
export function renderHtmlReport(evaluation: Evaluation, options: ReportOptions): string {
  return renderHtmlReports([{ evaluation, options }]);
}

/**
 * The case reports of several evaluations (one run, one language) as one self-contained HTML document: each report
 * on pages of its own, headed by its own case reference.
 */
export function renderHtmlReports(cases: readonly ReportCase[]): string {
  const lang = cases[0]?.options.lang ?? "zh";
  const t = reportWords(lang);
  const reports = cases.map(({ evaluation, options }) => caseReport(evaluation, options));
  const articles = reports.map(
    (rep, i) => `<article class="report" style="page: ${pageName(i)}">\n${reportBody(rep, lang)}\n</article>`,
  );
  const references = reports.flatMap((rep) => (rep.reference === undefined ? [] : [rep.reference]));
  // The document's language tag, not text: zh-CN so that CJK fonts draw the Chinese (not Japanese) glyph forms.
  const htmlLang = { zh: "zh-CN", en: "en" }[lang];
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t("title")} ${references.join(say(lang, "ui/clauseSeparator"))}`.trim())}</title>
<style>${pageCss(reports, lang)}${CSS}</style>
</head>
<body>
${articles.join("\n")}
</body>
</html>
`;
}

function reportBody(rep: CaseReport, lang: Lang): string {
  const t = reportWords(lang);
  const head: [string, string][] = [[t("reference"), rep.reference ?? t("noReference")]];
  if (rep.maskedId) head.push([t("idNumber"), rep.maskedId]);
  head.push([t("asOf"), `${rep.asOf}${rep.asOfIsToday ? t("today") : t("chosen")}`]);
  const body = [
    `<h1>${esc(t(rep.whatIf ? "whatIfTitle" : "title"))}</h1>`,
    `<dl class="head">${head.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
  ];
  if (rep.whatIf) body.push(`<p class="whatif">${esc(rep.whatIf)}</p>`);
  if (rep.programs.length) {
    body.push(
      `<h2>${esc(t(rep.whatIf ? "whatIfSummary" : "summary"))}</h2>`,
      `<table><thead><tr><th>${esc(UI.program[lang])}</th><th>${esc(UI.status[lang])}</th></tr></thead><tbody>`,
      ...rep.programs.map(
        (v) =>
          `<tr class="${v.status}"><td>${esc(v.title)}</td><td><span class="status">${MARK[v.status]}</span> ${esc(v.conclusion)}</td></tr>`,
      ),
      "</tbody></table>",
    );
  }
  if (!rep.programs.length && !rep.elsewhere.length) body.push(`<p>${esc(t("none"))}</p>`);
  for (const v of rep.programs) body.push(programSection(v, rep, lang));
  if (rep.sources.length)
    body.push(
      `<h2>${esc(t("sources"))}</h2><ol class="sources">`,
      ...rep.sources.map(
        (s) =>
          `<li>${esc(s.title)}${s.url ? ` <span class="url">${esc(s.url)}</span>` : ""}${s.quotes.map((q) => ` <q>${esc(q)}</q>`).join("")}</li>`,
      ),
      "</ol>",
    );
  if (rep.elsewhere.length)
    body.push(
      `<h2>${esc(t("elsewhere"))}</h2><ul>${rep.elsewhere.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>`,
    );
  const closing: string[] = [];
  if (rep.facts.length) {
    // Two facts a row: the list is long and each value short.
    const cells = rep.facts.map(
      (f) =>
        `<th>${esc(f.label)}</th><td>${esc(f.value)}${f.derived ? ` <span class="derived">（${esc(t("derived"))}）</span>` : ""}</td>`,
    );
    const rows = cells.flatMap((c, i) =>
      i % 2 ? [] : [`<tr>${c}${cells[i + 1] ?? "<td></td><td></td>"}</tr>`],
    );
    closing.push(`<h2>${esc(t("facts"))}</h2><table class="facts"><tbody>`, ...rows, "</tbody></table>");
  }
  // The facts attested, the disclaimer and the signature stay on one page: a signature never stands alone on one.
  body.push(
    `<div class="closing">`,
    ...closing,
    `<p class="disclaimer">${esc(t("disclaimer"))}</p>`,
    `<p class="signature"><span>${esc(t("signature"))}<span class="blank"></span></span><span>${esc(t("date"))}<span class="blank"></span></span></p>`,
    "</div>",
  );
  return body.join("\n");
}

function programSection(v: ProgramView, rep: CaseReport, lang: Lang): string {
  const t = reportWords(lang);
  const out = [
    `<section class="program ${v.status}">`,
    `<h2>${esc(v.title)} — <span class="status">${MARK[v.status]} ${esc(v.statusText)}</span></h2>`,
    `<p>${esc(v.conclusion)}</p>`,
  ];
  const details = programDetails(v, lang);
  if (details.length) out.push(`<p>${details.map(esc).join("<br>")}</p>`);
  for (const x of v.overrides) out.push(`<p class="caveat">${esc(x)}</p>`);
  for (const c of v.caveats)
    out.push(`<p class="caveat"><b>${esc(t("caveats"))}</b>${esc(t("colon"))}${esc(c)}</p>`);
  if (v.reasons.length)
    out.push(
      `<h3>${esc(t("conditions"))}</h3><ul class="conditions">`,
      ...v.reasons.map(
        (r) =>
          `<li${r.decisive && v.status !== "eligible" ? ' class="decisive"' : ""}>${r.mark} ${esc(r.text)}</li>`,
      ),
      "</ul>",
    );
  if (v.records.length)
    out.push(
      `<p>${esc(v.records[0] as string)}</p><ul class="conditions">${v.records
        .slice(1)
        .map((l) => `<li>${esc(l)}</li>`)
        .join("")}</ul>`,
    );
  if (v.arithmetic.length)
    out.push(
      `<h3>${esc(t("arithmetic"))}</h3><ul>${v.arithmetic.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>`,
    );
  if (v.schedule.length) {
    // Four months a row keeps a long schedule on one page.
    const cells = v.schedule.map((s) => `<th>${esc(s.month)}</th><td class="num">${esc(s.amount)}</td>`);
    const rows = cells.flatMap((_, i) => (i % 4 ? [] : [`<tr>${cells.slice(i, i + 4).join("")}</tr>`]));
    out.push(`<h3>${esc(t("schedule"))}</h3><table class="schedule"><tbody>`, ...rows, "</tbody></table>");
  }
  const cited = rep.citations.get(v);
  if (cited?.length)
    out.push(
      `<p class="cite">${esc(t("cited"))}${cited.map((n) => `[${n}]`).join(" ")}${esc(t("seeBelow"))}</p>`,
    );
  if (v.needed.length)
    out.push(`<h3>${esc(t("questions"))}</h3><ul>${v.needed.map((q) => `<li>${esc(q)}</li>`).join("")}</ul>`);
  out.push("</section>");
  return out.join("\n");
}
