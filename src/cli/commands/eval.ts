import { EXIT, formatDiagnosticIn, InputError, UsageError } from "../../diagnostics.js";
import { evaluate, withExclusionsAmong } from "../../engine/evaluate.js";
import type { Evaluation } from "../../engine/result.js";
import { evaluationToJson } from "../../explain/json.js";
import { message } from "../../messages/index.js";
import { jsonOutput } from "../../text/guard.js";
import { colorFor } from "../color.js";
import type { Lang } from "../i18n.js";
import type { Io } from "../io.js";
import { prepare } from "../preamble.js";
import { readProfiles } from "../readProfiles.js";
import { renderPlainText } from "../render/plainText.js";
import type { ReportCase } from "../render/report.js";
import { whatIfChanges, whatIfJson, whatIfNote } from "../render/whatIf.js";
import { terminalWidth } from "../render/width.js";

export interface EvalOptions {
  asOf?: string;
  program?: string[];
  region?: string;
  format: "table" | "json" | "md" | "html";
  /** Engine-level arithmetic, parameter ids and field paths instead of plain words (analysts). */
  trace?: boolean;
  lang: Lang;
  all?: boolean;
  rules?: string[];
  param?: string[];
}

/** `butie eval`: evaluate each profile and print one view per profile. */
export async function runEval(paths: string[], opts: EvalOptions, io: Io): Promise<number> {
  const {
    asOf,
    today,
    rules,
    overrides,
    programs: changed,
    selected: programs,
  } = await prepare(opts, io, () => {
    if (paths.filter((p) => p === "-").length > 1) throw new UsageError(message("usage/stdin-twice"));
  });
  // A bad profile among several does not cost the others their results; the run still exits 2 for it.
  const { profiles, diagnostics: found, documents } = await readProfiles(paths, io, rules.fields, asOf.text);
  const diagnostics = found.filter((d) => d.severity === "error");
  for (const w of found.filter((d) => d.severity === "warning"))
    io.stderr.write(`${formatDiagnosticIn(w, opts.lang)}\n`);
  const color = colorFor(io, opts.format !== "table");
  const several = paths.length > 1 || documents > 1;
  const whatIf = whatIfChanges(rules.programs, changed, overrides, asOf.text, opts.lang);
  // The case reports of one run make one document: each applicant's report on pages of its own.
  const reports: ReportCase[] = [];
  for (const { name, profile } of profiles) {
    const shown = evaluate(programs, profile, asOf);
    // --program and --region narrow what is shown, not the applicant's choice (analyst3 F3): a program that
    // cannot be paid with one left out is still named.
    const evaluation = visible(
      programs.length < changed.size
        ? {
            ...shown,
            results: shown.results.map((r) => withExclusionsAmong(r, changed.values(), profile, asOf)),
          }
        : shown,
      opts,
    );
    if (opts.format === "json") {
      const json = {
        ...evaluationToJson(evaluation, rules.fields, opts.lang, several ? name : undefined),
        ...(whatIf.length ? { whatIf: whatIf.map(whatIfJson) } : {}),
      };
      io.stdout.write(`${several ? jsonOutput(json) : jsonOutput(json, 2)}\n`);
    } else if (opts.format === "md" || opts.format === "html") {
      const options = {
        lang: opts.lang,
        catalogue: rules.fields,
        profile,
        asOfIsToday: !opts.asOf,
        all: opts.all,
        printedOn: today,
        whatIf,
      };
      reports.push({ evaluation, options });
    } else {
      const view = {
        lang: opts.lang,
        color,
        catalogue: rules.fields,
        profileName: name,
        asOfIsToday: !opts.asOf,
        width: terminalWidth(io),
        all: opts.all,
        whatIf: whatIfNote(whatIf, opts.lang),
      };
      io.stdout.write(
        opts.trace
          ? (await import("../render/table.js")).renderTable(evaluation, view)
          : renderPlainText(evaluation, view),
      );
    }
  }
  // The report views and the trace's table are loaded only for the runs that print them.
  if (reports.length)
    io.stdout.write(
      opts.format === "md"
        ? (await import("../render/markdown.js")).renderMarkdownReports(reports)
        : (await import("../render/html.js")).renderHtmlReports(reports),
    );
  if (diagnostics.length) throw new InputError(diagnostics);
  return EXIT.ok;
}

/** Not-applicable programs are listed only with --all, or when asked for by id. */
function visible(evaluation: Evaluation, opts: EvalOptions): Evaluation {
  if (opts.all || opts.program) return evaluation;
  return { ...evaluation, results: evaluation.results.filter((r) => r.status !== "not-applicable") };
}
