import type { ChalkInstance } from "chalk";
import type { Evaluation, ProgramResult, Status } from "../../engine/result.js";
import { conditionExplain, filterLines, parameterText, replacedText, seenText } from "../../explain/lines.js";
import { amountSteps } from "../../explain/notation.js";
import { scheduleValues } from "../../explain/scheduleValues.js";
import { formatValue } from "../../expr/values.js";
import { statusWords } from "../../messages/status.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { type Lang, UI } from "../i18n.js";
import { amountText, needsField } from "./amountText.js";
import { notApplicableWords } from "./plain/conclusionWords.js";
import { caseReferenceLine, resultNoteLines } from "./resultNotes.js";
import { fitLines, fittedTable } from "./width.js";

const ORDER: Status[] = ["eligible", "undetermined", "ineligible", "not-applicable"];
const MARK: Record<Status, string> = {
  eligible: "✓",
  undetermined: "?",
  ineligible: "✗",
  "not-applicable": "–",
};

export interface TableOptions {
  readonly lang: Lang;
  readonly color: ChalkInstance;
  readonly catalogue: FieldCatalogue;
  readonly profileName?: string;
  readonly asOfIsToday?: boolean;
  /** Columns to fit the output to (80 when unknown). */
  readonly width?: number;
  /** For a what-if (`--param`): that the results are hypothetical, and what was changed. */
  readonly whatIf?: string;
}

/** The analysts' view (`--trace`): engine-level arithmetic, parameter ids and field paths, fitted to the width. */
export function renderTable(evaluation: Evaluation, o: TableOptions): string {
  const { lang, color: c } = o;
  const lines: string[] = [];
  const today = o.asOfIsToday ? UI.today[lang] : "";
  lines.push(
    c.bold(`${o.profileName ? `${o.profileName} · ` : ""}${UI.asOf[lang]} ${evaluation.asOf}${today}`),
  );
  const reference = caseReferenceLine(evaluation.reference, lang);
  if (reference) lines.push(reference);
  if (o.whatIf) lines.push(c.yellow(`! ${o.whatIf}`));
  if (!evaluation.results.length) return [...lines, UI.noResults[lang], ""].join("\n");
  const sorted = [...evaluation.results].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const width = o.width ?? 80;
  const rows = sorted.map((r) => [
    `${r.program.title[lang]}\n${c.dim(r.program.id)}`,
    statusText(r, o),
    amountText(r.amount, lang),
  ]);
  lines.push(fittedTable([UI.program[lang], UI.status[lang], UI.amount[lang]], rows, width), "");
  const groups = new Map<string, ProgramResult[]>();
  for (const r of sorted) groups.set(statusWords(r, lang), [...(groups.get(statusWords(r, lang)) ?? []), r]);
  for (const [label, group] of groups) {
    lines.push(o.color.bold.underline(`${label} (${group.length})`), "");
    for (const r of group) lines.push(...details(r, o), "");
  }
  return fitLines(lines.join("\n"), width);
}

function statusText(r: ProgramResult, { lang, color: c }: TableOptions): string {
  const text = `${MARK[r.status]} ${statusWords(r, lang)}`;
  const colored = { eligible: c.green, undetermined: c.yellow, ineligible: c.red, "not-applicable": c.dim }[
    r.status
  ](text);
  return r.reason ? `${colored}\n${c.dim(notApplicableWords(r, lang))}` : colored;
}

function details(r: ProgramResult, o: TableOptions): string[] {
  const { lang, color: c, catalogue } = o;
  const out = [
    c.bold(`${MARK[r.status]} ${r.program.title[lang]} (${r.program.id}) — ${statusWords(r, lang)}`),
  ];
  if (r.reason) out.push(`  ${notApplicableWords(r, lang)}`);
  if (r.program.replaces) out.push(c.yellow(`  ${replacedText(r.program, lang)}`));
  const a = r.amount;
  if (a) {
    out.push(
      `  ${UI.amount[lang]}: ${amountText(a, lang)}${a.case ? ` · ${UI.case[lang]}: ${a.case[lang]}${cite(a.caseSources?.value)}` : ""}${a.monthsCase ? ` · ${UI.monthsCase[lang]}: ${a.monthsCase[lang]}${cite(a.caseSources?.months)}` : ""}`,
    );
    // The note explains the amount: beside a known one too, and never instead of the field still needed.
    if (a.note && (a.value !== null || needsField(a))) out.push(`  ${UI.note[lang]}: ${a.note[lang]}`);
    if (a.seen.length)
      out.push(`  ${UI.inputs[lang]}: ${a.seen.map((s) => seenText(s, catalogue, lang)).join("; ")}`);
    const steps = amountSteps(a, lang);
    if (steps.length) out.push(`  ${UI.arithmetic[lang]}: ${steps.join("; ")}`);
    const parameters = [...a.parameters, ...scheduleValues(a, r.program).map((v) => v.used)];
    if (parameters.length)
      out.push(`  ${UI.parameters[lang]}: ${parameters.map((p) => parameterText(p, lang)).join("; ")}`);
  }
  out.push(...resultNoteLines(r, lang).map((l) => c.yellow(`  ${l}`)));
  if (r.missing.length) {
    const names = r.missing.map((f) => `${catalogue.fields.get(f)?.label[lang] ?? ""} ${f}`.trim());
    out.push(c.yellow(`  ${UI.missing[lang]}: ${names.join(", ")}`));
  }
  if (r.named?.length)
    out.push(
      `  ${UI.namedValues[lang]}: ${r.named.map((n) => `${n.label[lang]} ${n.name} = ${n.value === null ? "?" : formatValue(n.value, n.unit)}`).join("; ")}`,
    );
  if (r.conditions.length) out.push(`  ${UI.conditions[lang]}:`);
  for (const cond of r.conditions) {
    const mark = cond.result === true ? c.green("✓") : cond.result === false ? c.red("✗") : c.yellow("?");
    out.push(`    ${mark} ${conditionExplain(cond, catalogue, lang)}`);
  }
  for (const f of r.filters ?? [])
    out.push(...filterLines(f, lang).map((l, i) => `${i ? "    " : "  "}${l}`));
  if (r.status !== "not-applicable") {
    out.push(`  ${UI.sources[lang]}:`);
    for (const s of r.program.sources) {
      out.push(`    ${s.title}${s.url ? ` ${c.dim(s.url)}` : ""}`);
      // A local source is not in the published texts a caseworker knows: quote it, and say whose it is.
      if (s.from) out.push(c.dim(`      “${s.quote}” (${s.from})`));
    }
  }
  return out;
}

/** ` [source-id]` after a case label that cites its own source, else nothing. */
function cite(source: string | undefined): string {
  return source ? ` [${source}]` : "";
}
