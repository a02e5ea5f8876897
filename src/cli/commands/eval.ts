import { didYouMean, EXIT, InputError, UsageError } from "../../diagnostics.js";
import { evaluate } from "../../engine/evaluate.js";
import { asOfDate } from "../../engine/evaluateProgram.js";
import type { Evaluation } from "../../engine/result.js";
import { formatIsoDate } from "../../expr/values.js";
import { isRegionCode, isWithin } from "../../profile/regions.js";
import { applyOverrides, parseParamOption } from "../../rules/overrides.js";
import { shadowedParams } from "../../rules/paramShadow.js";
import type { Program } from "../../rules/program.js";
import { colorFor } from "../color.js";
import type { Lang } from "../i18n.js";
import type { Io } from "../io.js";
import { loadRuleSetOrFail } from "../loadRuleSet.js";
import { readProfiles } from "../readProfiles.js";
import { renderHtmlReport } from "../render/html.js";
import { evaluationToJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderPlainText } from "../render/plainText.js";
import { renderTable } from "../render/table.js";
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
  const asOfText = opts.asOf ?? today(io);
  const asOf = asOfDate(asOfText);
  if (!asOf) throw new UsageError(`--as-of ${asOfText} is not a calendar date YYYY-MM-DD`);
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError("stdin (-) can be read only once");
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const all = new Map(rules.programs);
  const overrides = (opts.param ?? []).map(parseParamOption);
  applyOverrides(all, overrides);
  for (const w of shadowedParams(all, overrides, asOf.text)) io.stderr.write(`butie: warning: ${w}\n`);
  const programs = selectPrograms([...all.values()], opts);
  // A bad profile among several does not cost the others their results; the run still exits 2 for it.
  const { profiles, diagnostics, documents } = await readProfiles(paths, io, rules.fields);
  const color = colorFor(io, opts.format !== "table");
  const several = paths.length > 1 || documents > 1;
  for (const { name, profile } of profiles) {
    const evaluation = visible(evaluate(programs, profile, asOf), opts);
    if (opts.format === "json") {
      const json = evaluationToJson(evaluation, rules.fields, opts.lang, several ? name : undefined);
      io.stdout.write(`${several ? JSON.stringify(json) : JSON.stringify(json, null, 2)}\n`);
    } else if (opts.format === "md" || opts.format === "html") {
      const report = {
        lang: opts.lang,
        catalogue: rules.fields,
        profile,
        asOfIsToday: !opts.asOf,
        all: opts.all,
      };
      io.stdout.write(
        opts.format === "md" ? renderMarkdown(evaluation, report) : renderHtmlReport(evaluation, report),
      );
    } else {
      const view = {
        lang: opts.lang,
        color,
        catalogue: rules.fields,
        profileName: name,
        asOfIsToday: !opts.asOf,
        width: terminalWidth(io),
        all: opts.all,
      };
      io.stdout.write(opts.trace ? renderTable(evaluation, view) : renderPlainText(evaluation, view));
    }
  }
  if (diagnostics.length) throw new InputError(diagnostics);
  return EXIT.ok;
}

function today(io: Io): string {
  if (io.today) return io.today;
  // Today where the user is: the local calendar day, as a UTC calendar date.
  const d = new Date();
  return formatIsoDate(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
}

/** The programs `--program` and `--region` leave (shared with `ask`). */
export function selectPrograms(all: Program[], opts: Pick<EvalOptions, "program" | "region">): Program[] {
  let programs = all;
  if (opts.program) {
    const ids = new Set(all.map((p) => p.id));
    for (const id of opts.program)
      if (!ids.has(id)) throw new UsageError(`unknown program \`${id}\`${didYouMean(id, ids)}`);
    programs = programs.filter((p) => opts.program?.includes(p.id));
  }
  if (opts.region !== undefined) {
    const region = opts.region;
    if (!isRegionCode(region)) throw new UsageError(`--region ${region} is not a GB/T 2260 region code`);
    programs = programs.filter(
      (p) => isWithin(region, p.jurisdiction.code) || isWithin(p.jurisdiction.code, region),
    );
  }
  return programs;
}

/** Not-applicable programs are listed only with --all, or when asked for by id. */
function visible(evaluation: Evaluation, opts: EvalOptions): Evaluation {
  if (opts.all || opts.program) return evaluation;
  return { ...evaluation, results: evaluation.results.filter((r) => r.status !== "not-applicable") };
}
