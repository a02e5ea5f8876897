import {
  didYouMean,
  EXIT,
  formatDiagnosticIn,
  hintZh,
  InputError,
  messageIn,
  UsageError,
} from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { evaluate } from "../../engine/evaluate.js";
import { asOfDate } from "../../engine/evaluateProgram.js";
import type { Evaluation } from "../../engine/result.js";
import { isRegionCode, isWithin } from "../../profile/regions.js";
import { applyOverrides, parseParamOption } from "../../rules/overrides.js";
import { shadowedParams } from "../../rules/paramShadow.js";
import type { Program } from "../../rules/program.js";
import { colorFor } from "../color.js";
import type { Lang } from "../i18n.js";
import { type Io, todayIso } from "../io.js";
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
  const asOfText = opts.asOf ?? todayIso(io);
  const asOf = asOfDate(asOfText);
  if (!asOf)
    throw new UsageError({
      en: `--as-of ${clip(asOfText)} is not a calendar date YYYY-MM-DD`,
      zh: `--as-of ${clip(asOfText)} 不是有效日期（应为 YYYY-MM-DD）`,
    });
  if (paths.filter((p) => p === "-").length > 1)
    throw new UsageError({ en: "stdin (-) can be read only once", zh: "标准输入（-）只能读取一次" });
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const all = new Map(rules.programs);
  const overrides = (opts.param ?? []).map(parseParamOption);
  applyOverrides(all, overrides);
  for (const w of shadowedParams(all, overrides, asOf.text)) io.stderr.write(`butie: warning: ${w}\n`);
  const programs = selectPrograms([...all.values()], opts);
  // A bad profile among several does not cost the others their results; the run still exits 2 for it.
  const { profiles, diagnostics: found, documents } = await readProfiles(paths, io, rules.fields, asOfText);
  const diagnostics = found.filter((d) => d.severity === "error");
  for (const w of found.filter((d) => d.severity === "warning"))
    io.stderr.write(
      `${formatDiagnosticIn({ ...w, message: `(warning) ${w.message}`, messageZh: `（警告）${messageIn(w, "zh")}` }, opts.lang)}\n`,
    );
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

/** The programs `--program` and `--region` leave (shared with `ask`). */
export function selectPrograms(all: Program[], opts: Pick<EvalOptions, "program" | "region">): Program[] {
  let programs = all;
  if (opts.program) {
    const ids = new Set(all.map((p) => p.id));
    if (opts.program.length === 0)
      throw new UsageError({
        en: "--program needs a program id; see `butie rules list`",
        zh: "--program 需要项目编号；请查看 `butie rules list`",
      });
    for (const id of opts.program)
      if (!ids.has(id)) {
        const hint = didYouMean(id, ids);
        throw new UsageError({
          en: `unknown program \`${clip(id)}\`${hint}`,
          zh: `未知的项目 \`${clip(id)}\`${hintZh(hint)}`,
        });
      }
    programs = programs.filter((p) => opts.program?.includes(p.id));
  }
  if (opts.region !== undefined) {
    const region = opts.region;
    if (!isRegionCode(region))
      throw new UsageError({
        en: `--region ${clip(region)} is not a GB/T 2260 region code`,
        zh: `--region ${clip(region)} 不是有效的 GB/T 2260 地区代码`,
      });
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
