import { suggest, UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { type AsOf, asOfDate } from "../engine/evaluateProgram.js";
import { message, say, sayMessage } from "../messages/index.js";
import { DATE_YEARS } from "../profile/readFact.js";
import { isRegionCode, isWithin } from "../regions/regions.js";
import type { RuleSet } from "../rules/loadRules.js";
import { applyOverrides, type ParameterOverride, parseParamOption } from "../rules/overrides.js";
import { shadowedParams } from "../rules/paramShadow.js";
import type { Program } from "../rules/program.js";
import type { Lang } from "./i18n.js";
import { type Io, todayIso } from "./io.js";
import { loadRuleSetOrFail } from "./loadRuleSet.js";

/** The options every command that evaluates takes alike. */
export interface CommonOptions {
  asOf?: string;
  lang?: Lang;
  rules?: string[];
  param?: string[];
  program?: string[];
  region?: string;
}

/** What the common options say, checked once: the same words and warnings for every command. */
export interface Preamble {
  readonly lang: Lang;
  readonly today: string;
  readonly asOf: AsOf;
  /** No --as-of was given: the evaluation is as of today. */
  readonly asOfIsToday: boolean;
  readonly rules: RuleSet;
  readonly overrides: readonly ParameterOverride[];
  /** Every program, with --param applied. */
  readonly programs: ReadonlyMap<string, Program>;
  /** The programs --program and --region leave, with --param applied. */
  readonly selected: Program[];
}

/** The date of `--as-of` (today when not given), or the usage error every command words alike. */
export function asOfOption(opts: Pick<CommonOptions, "asOf">, io: Io): AsOf {
  const text = opts.asOf ?? todayIso(io);
  const asOf = asOfDate(text);
  if (!asOf) throw new UsageError(message("usage/as-of", { value: clip(text) }));
  // The years a profile's dates may lie in: a law is not evaluated on 9999-12-31.
  const year = Number(text.slice(0, 4));
  if (year < DATE_YEARS.from || year > DATE_YEARS.to)
    throw new UsageError(message("usage/as-of-years", { value: clip(text), ...DATE_YEARS }));
  return asOf;
}

/**
 * Prepare the common options: the date, the rules (bundled and --rules), --param with its warnings on stderr,
 * and --program/--region. `beforeRules` runs once the date is checked, for a command's own cheap checks.
 */
export async function prepare(opts: CommonOptions, io: Io, beforeRules?: () => void): Promise<Preamble> {
  const asOf = asOfOption(opts, io);
  beforeRules?.();
  return prepareRules(opts, io, asOf);
}

/** The rest of the preamble once the date is checked (`ask` decides between the two whether it can run). */
export async function prepareRules(opts: CommonOptions, io: Io, asOf: AsOf): Promise<Preamble> {
  const rules = await loadRuleSetOrFail(opts.rules ?? [], io);
  const programs = new Map(rules.programs);
  const overrides = (opts.param ?? []).map(parseParamOption);
  applyOverrides(programs, overrides);
  const lang = opts.lang ?? "zh";
  for (const w of shadowedParams(programs, overrides, asOf.text))
    io.stderr.write(`butie: ${say(lang, "param/warning", { message: sayMessage(lang, w.says) })}\n`);
  return {
    lang: opts.lang ?? "zh",
    today: todayIso(io),
    asOf,
    asOfIsToday: opts.asOf === undefined,
    rules,
    overrides,
    programs,
    selected: selectPrograms([...programs.values()], opts),
  };
}

/** The programs `--program` and `--region` leave. */
export function selectPrograms(all: Program[], opts: Pick<CommonOptions, "program" | "region">): Program[] {
  let programs = all;
  if (opts.program) {
    const ids = new Set(all.map((p) => p.id));
    if (opts.program.length === 0) throw new UsageError(message("usage/program-missing"));
    for (const id of opts.program)
      if (!ids.has(id)) {
        const suggestion = suggest(id, ids);
        throw new UsageError(
          message("usage/program-unknown", { id: clip(id), ...(suggestion ? { suggestion } : {}) }),
        );
      }
    programs = programs.filter((p) => opts.program?.includes(p.id));
  }
  if (opts.region !== undefined) {
    const region = opts.region;
    if (!isRegionCode(region)) throw new UsageError(message("usage/region", { value: clip(region) }));
    programs = programs.filter(
      (p) => isWithin(region, p.jurisdiction.code) || isWithin(p.jurisdiction.code, region),
    );
  }
  return programs;
}
