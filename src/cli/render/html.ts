import type { Evaluation } from "../../engine/result.js";
import { UI } from "../i18n.js";
import { MARK, type ProgramView } from "./plain/programView.js";
import { type CaseReport, caseReport, type ReportOptions, REPORT_TEXT as T } from "./report.js";

// The printable case report: one self-contained page (inline CSS, no script, no fonts or images fetched),
// A4 print styles, `lang` set so that Noto CJK draws Chinese (not Japanese) glyph forms.

const CSS = `
@page { size: A4; margin: 12mm 13mm 13mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
  font-size: 9pt; line-height: 1.35; color: #111; margin: 0 auto; max-width: 180mm; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 11.5pt; margin: 9pt 0 3pt; border-bottom: 1px solid #999; padding-bottom: 2pt; }
h3 { font-size: 10pt; margin: 6pt 0 2pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
thead { display: table-header-group; }
th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
td.num { text-align: right; }
dl.head { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 0 0 6pt; }
dl.head dt { font-weight: bold; }
dl.head dd { margin: 0; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
li, p, blockquote, tr { break-inside: avoid; page-break-inside: avoid; }
ul { margin: 2pt 0; padding-left: 14pt; }
li { margin: 1pt 0; }
li.decisive { font-weight: bold; }
.status { font-weight: bold; }
.eligible .status { color: #0a6b2d; }
.ineligible .status { color: #a11; }
.undetermined .status { color: #8a5a00; }
.caveat { border-left: 3px solid #c80; padding-left: 6pt; }
blockquote { margin: 1pt 0 3pt; padding-left: 6pt; border-left: 2px solid #bbb; color: #333; font-size: 8pt; line-height: 1.3; }
table.facts th, table.facts td { font-size: 9pt; }
.url { font-size: 8pt; color: #444; word-break: break-all; }
.derived { font-size: 8pt; color: #444; }
.disclaimer { margin-top: 10pt; font-size: 9pt; }
.signature { margin-top: 14pt; display: flex; gap: 16mm; }
.signature .blank { display: inline-block; min-width: 50mm; border-bottom: 1px solid #111; }
ul.conditions { list-style: none; padding-left: 4pt; }
ol.sources { padding-left: 16pt; }
.cite { font-size: 9pt; color: #333; }
@media screen { body { padding: 12mm; } }
`;

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The case report of one evaluation as a self-contained HTML page, ready to print on A4. */
export function renderHtmlReport(evaluation: Evaluation, o: ReportOptions): string {
  const { lang } = o;
  const rep = caseReport(evaluation, o);
  const head: [string, string][] = [[T.reference[lang], rep.reference ?? T.noReference[lang]]];
  if (rep.maskedId) head.push([T.idNumber[lang], rep.maskedId]);
  head.push([T.asOf[lang], `${rep.asOf}${rep.asOfIsToday ? T.today[lang] : T.chosen[lang]}`]);
  const body = [
    `<h1>${esc(T.title[lang])}</h1>`,
    `<dl class="head">${head.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
  ];
  if (rep.programs.length) {
    body.push(
      `<h2>${esc(T.summary[lang])}</h2>`,
      `<table><thead><tr><th>${esc(UI.program[lang])}</th><th>${esc(UI.status[lang])}</th></tr></thead><tbody>`,
      ...rep.programs.map(
        (v) =>
          `<tr class="${v.status}"><td>${esc(v.title)}</td><td><span class="status">${MARK[v.status]} ${esc(v.statusText)}</span><br>${esc(v.conclusion)}</td></tr>`,
      ),
      "</tbody></table>",
    );
  }
  if (!rep.programs.length && !rep.elsewhere.length) body.push(`<p>${esc(T.none[lang])}</p>`);
  for (const v of rep.programs) body.push(programSection(v, rep, o));
  if (rep.sources.length)
    body.push(
      `<h2>${esc(T.sources[lang])}</h2><ol class="sources">`,
      ...rep.sources.map(
        (s) =>
          `<li><p>${esc(s.title)}${s.url ? `<br><span class="url">${esc(s.url)}</span>` : ""}</p>${s.quotes.map((q) => `<blockquote>${esc(q)}</blockquote>`).join("")}</li>`,
      ),
      "</ol>",
    );
  if (rep.elsewhere.length)
    body.push(
      `<h2>${esc(T.elsewhere[lang])}</h2><ul>${rep.elsewhere.map((e) => `<li>${esc(e)}</li>`).join("")}</ul>`,
    );
  if (rep.facts.length) {
    // Two facts a row: the list is long and each value short.
    const cells = rep.facts.map(
      (f) =>
        `<th>${esc(f.label)}</th><td>${esc(f.value)}${f.derived ? ` <span class="derived">（${esc(T.derived[lang])}）</span>` : ""}</td>`,
    );
    const rows = cells.flatMap((c, i) =>
      i % 2 ? [] : [`<tr>${c}${cells[i + 1] ?? "<td></td><td></td>"}</tr>`],
    );
    body.push(`<h2>${esc(T.facts[lang])}</h2><table class="facts"><tbody>`, ...rows, "</tbody></table>");
  }
  body.push(
    `<p class="disclaimer">${esc(T.disclaimer[lang])}</p>`,
    `<p class="signature"><span>${esc(T.signature[lang])}<span class="blank"></span></span><span>${esc(T.date[lang])}<span class="blank"></span></span></p>`,
  );
  const htmlLang = lang === "zh" ? "zh-CN" : "en";
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${T.title[lang]} ${rep.reference ?? ""}`.trim())}</title>
<style>${CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function programSection(v: ProgramView, rep: CaseReport, { lang }: ReportOptions): string {
  const out = [
    `<section class="program ${v.status}">`,
    `<h2>${esc(v.title)} — <span class="status">${MARK[v.status]} ${esc(v.statusText)}</span></h2>`,
    `<p>${esc(v.conclusion)}</p>`,
  ];
  const facts: string[] = [];
  if (v.caseLabel) facts.push(`${UI.case[lang]}${lang === "zh" ? "：" : ": "}${v.caseLabel}`);
  if (v.monthsCase) facts.push(`${UI.monthsCasePlain[lang]}${lang === "zh" ? "：" : ": "}${v.monthsCase}`);
  if (v.named.length) facts.push(`${UI.namedPlain[lang]}${lang === "zh" ? "：" : ": "}${v.named.join("；")}`);
  if (v.priority) facts.push(`${UI.priority[lang]}${lang === "zh" ? "：" : ": "}${v.priority}`);
  if (facts.length) out.push(`<p>${facts.map(esc).join("<br>")}</p>`);
  for (const x of v.overrides) out.push(`<p class="caveat">${esc(x)}</p>`);
  for (const c of v.caveats) out.push(`<p class="caveat"><b>${esc(T.caveats[lang])}</b>：${esc(c)}</p>`);
  if (v.reasons.length)
    out.push(
      `<h3>${esc(T.conditions[lang])}</h3><ul class="conditions">`,
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
      `<h3>${esc(T.arithmetic[lang])}</h3><ul>${v.arithmetic.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>`,
    );
  if (v.schedule.length) {
    // Four months a row keeps a long schedule on one page.
    const cells = v.schedule.map((s) => `<th>${esc(s.month)}</th><td class="num">${esc(s.amount)}</td>`);
    const rows = cells.flatMap((_, i) => (i % 4 ? [] : [`<tr>${cells.slice(i, i + 4).join("")}</tr>`]));
    out.push(`<h3>${esc(T.schedule[lang])}</h3><table class="schedule"><tbody>`, ...rows, "</tbody></table>");
  }
  const cited = rep.citations.get(v);
  if (cited?.length)
    out.push(
      `<p class="cite">${esc(T.cited[lang])}${cited.map((n) => `[${n}]`).join(" ")}${esc(T.seeBelow[lang])}</p>`,
    );
  if (v.missing.length)
    out.push(
      `<h3>${esc(T.questions[lang])}</h3><ul>${v.missing.map((q) => `<li>${esc(q)}</li>`).join("")}</ul>`,
    );
  out.push("</section>");
  return out.join("\n");
}
