import type { ChalkInstance } from "chalk";
import type { Evaluation, Status } from "../../engine/result.js";
import { say } from "../../messages/index.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { type Lang, UI } from "../i18n.js";
import { amountWords, ifInForceWords } from "./plain/conclusionWords.js";
import { MARK, type ProgramView, programView } from "./plain/programView.js";
import { isoDateWords } from "./plain/words.js";
import { fitLines, fittedTable } from "./width.js";

const ORDER: Status[] = ["eligible", "undetermined", "ineligible", "not-applicable"];

export interface PlainOptions {
  readonly lang: Lang;
  readonly color: ChalkInstance;
  readonly catalogue: FieldCatalogue;
  readonly width: number;
  readonly profileName?: string;
  readonly asOfIsToday?: boolean;
  /** Show programs whose place the profile does not give in full, not as one line each. */
  readonly all?: boolean;
  /** What to say under those programs: by default "use --all"; `ask`, which has no --all, says its own or nothing. */
  readonly elsewhereHint?: string;
  /** For a what-if (`--param`): that the results are hypothetical, and what was changed. */
  readonly whatIf?: string;
}

/** The default terminal view: a summary table, then each program in plain words, fitted to the width. */
export function renderPlainText(evaluation: Evaluation, o: PlainOptions): string {
  const { lang, color: c } = o;
  const today = o.asOfIsToday ? UI.today[lang] : "";
  const head = `${o.profileName ? `${o.profileName} · ` : ""}${UI.asOf[lang]} ${isoDateWords(evaluation.asOf, lang)}${today}`;
  const lines = [c.bold(head)];
  if (evaluation.reference)
    lines.push(`${say(lang, "report/reference")}${say(lang, "words/colon")}${evaluation.reference}`);
  if (o.whatIf) lines.push(c.yellow(`! ${o.whatIf}`));
  const views = [...evaluation.results]
    .sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
    .map((r) => ({ r, v: programView(r, o.catalogue, lang) }));
  const shown = views.filter(({ v }) => o.all || !v.elsewhere);
  const elsewhere = views.filter(({ v }) => !o.all && v.elsewhere);
  if (!shown.length && !elsewhere.length) return `${[...lines, UI.noResults[lang]].join("\n")}\n`;
  if (shown.length) {
    const rows = shown.map(({ r, v }) => [
      v.title,
      statusCell(v, c),
      r.amount && r.status === "eligible" ? amountWords(r.amount, lang) : ifInForceWords(r, lang),
    ]);
    lines.push(fittedTable([UI.program[lang], UI.status[lang], UI.amount[lang]], rows, o.width), "");
  }
  for (const { v } of shown) lines.push(...programLines(v, o), "");
  if (elsewhere.length) {
    lines.push(c.bold(UI.elsewhere[lang]));
    for (const { v } of elsewhere) lines.push(`  ${c.yellow("?")} ${v.elsewhere}`);
    const hint = o.elsewhereHint ?? UI.elsewhereHint[lang];
    if (hint) lines.push(c.dim(`  ${hint}`));
    lines.push("");
  }
  return `${fitLines(lines.join("\n").trimEnd(), o.width)}\n`;
}

function statusCell(v: ProgramView, c: ChalkInstance): string {
  const paint = { eligible: c.green, undetermined: c.yellow, ineligible: c.red, "not-applicable": c.dim }[
    v.status
  ];
  return paint(`${MARK[v.status]} ${v.statusText}`);
}

function programLines(v: ProgramView, o: PlainOptions): string[] {
  const { lang, color: c } = o;
  // A heading ends with the colon alone; a label is followed by its value after the whole colon (": " in English).
  const colon = say(lang, "words/colon").trimEnd();
  const labelled = (label: string, value: string) => `  ${label}${say(lang, "words/colon")}${value}`;
  const out = [c.bold(`${MARK[v.status]} ${v.title}`), `  ${v.conclusion}`];
  for (const o of v.overrides) out.push(c.yellow(`  ! ${o}`));
  if (v.caseLabel) out.push(labelled(UI.case[lang], v.caseLabel));
  if (v.monthsCase) out.push(labelled(UI.monthsCasePlain[lang], v.monthsCase));
  if (v.named.length) out.push(labelled(UI.namedPlain[lang], v.named.join(say(lang, "ui/clauseSeparator"))));
  if (v.priority) out.push(labelled(UI.priority[lang], v.priority));
  const reasons = v.reasons.filter((r) => r.decisive);
  if (reasons.length) {
    out.push(`  ${UI.reasons[lang]}${colon}`);
    for (const r of reasons) out.push(`    ${mark(r.mark, c)} ${r.text}`);
    if (v.othersSummary) out.push(c.dim(`    ${v.othersSummary}`));
  }
  for (const [i, line] of v.records.entries()) out.push(`${i ? "      " : "    "}${line}`);
  if (v.arithmetic.length) {
    out.push(`  ${UI.arithmetic[lang]}${colon}`);
    for (const a of v.arithmetic) out.push(`    ${a}`);
  }
  if (v.schedule.length) {
    out.push(`  ${UI.schedule[lang]}${colon}`);
    out.push(`    ${v.schedule.map((s) => `${s.month} ${s.amount}`).join(say(lang, "ui/clauseSeparator"))}`);
  }
  for (const caveat of v.caveats)
    if (caveat === v.currency?.sentence) {
      out.push(c.yellow(`  ! ${v.currency.head}`));
      for (const line of v.currency.lines) out.push(c.yellow(`    · ${line}`));
    } else out.push(c.yellow(`  ! ${caveat}`));
  if (v.status !== "not-applicable" && v.sources.length) {
    out.push(`  ${UI.sources[lang]}${colon}`);
    for (const s of v.sources) out.push(`    [${s.n}] ${s.title}`);
  }
  if (v.missing.length) {
    out.push(c.yellow(`  ${UI.questions[lang]}${colon}`));
    for (const q of v.missing) out.push(`    · ${q}`);
  }
  return out;
}

function mark(m: string, c: ChalkInstance): string {
  return m === "✓" ? c.green(m) : m === "✗" ? c.red(m) : c.yellow(m);
}
