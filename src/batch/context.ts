import { leanOf } from "../compiled/evaluate.js";
import type { LeanEvaluate } from "../compiled/leanProgram.js";
import { type AsOf, asOfDate } from "../engine/evaluateProgram.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { loadBundledRules } from "../rules/bundle.js";
import { loadRules, type RuleSet } from "../rules/loadRules.js";
import { applyOverrides, parseParamOption } from "../rules/overrides.js";
import type { Program } from "../rules/program.js";
import type { Column } from "./columns.js";
import { amountShapes } from "./outcome.js";
import type { Words } from "./records.js";

/** Everything a batch run needs to evaluate rows, as plain data: it is handed to each worker thread. */
export interface BatchSettings {
  readonly asOf: string;
  /** Today (YYYY-MM-DD): a past fact (birth, licence) dated after it is a row error, as in `eval`. */
  readonly today: string;
  /** Extra rule directories, already resolved to absolute paths. */
  readonly rules: readonly string[];
  readonly params: readonly string[];
  /**
   * With --compare and --rules: the rule directories are the proposal (a draft with its own sources), compared
   * with the bundled rules as they are; --param applies to the proposal.
   */
  readonly draft?: boolean;
  /** Only these programs (ids already checked), or all. */
  readonly programs?: readonly string[];
  readonly compare: boolean;
  /** The input's name in diagnostics. */
  readonly file: string;
  readonly input: "ndjson" | "table";
  /** For table inputs (CSV, Excel): the header row bound to fields. */
  readonly columns?: readonly Column[];
  readonly format: "ndjson" | "csv" | "xlsx";
  /**
   * Which records to write: `all`; `changed` (--compare --out: rows the reform changes, and rows in error);
   * `none` (--compare without --out: the report is the output, and failed rows are said on stderr).
   */
  readonly records: "all" | "changed" | "none";
  /** The language of a run's words: errors and notes in every format, caveat texts in CSV and Excel (NDJSON carries both); zh when not given. */
  readonly lang?: "zh" | "en";
}

/** Settings with the rules compiled: what evaluating a chunk of rows needs. */
export interface BatchContext {
  readonly settings: BatchSettings;
  readonly catalogue: FieldCatalogue;
  readonly asOf: AsOf;
  /** The rules as they are (with `--param` applied unless comparing). */
  readonly programs: readonly Program[];
  /** With --compare: the same programs with `--param` applied; the baseline is never changed. */
  readonly reform?: readonly Program[];
  /** Each program's lean evaluator (rules compiled to JavaScript), in the order of `programs` and `reform`. */
  readonly lean: readonly LeanEvaluate[];
  readonly reformLean?: readonly LeanEvaluate[];
  readonly programIds: readonly string[];
  /**
   * With --program: every program, baseline and reform, which an eligible one shown may not be paid
   * together with (analyst3 F3: the selection narrows the columns, not the applicant's choice).
   */
  readonly partners?: readonly Program[];
  readonly reformPartners?: readonly Program[];
}

/** Compile the settings against a loaded rule set. Usage errors (unknown program, bad --param) throw. */
export function batchContext(rules: RuleSet, settings: BatchSettings): BatchContext {
  const asOf = asOfDate(settings.asOf);
  if (!asOf) throw new Error(`as-of date ${settings.asOf} was not checked`);
  const overrides = settings.params.map(parseParamOption);
  const baseline = new Map(settings.draft ? bundledRules().programs : rules.programs);
  const changed = new Map(rules.programs);
  applyOverrides(changed, overrides);
  const pick = (m: Map<string, Program>) =>
    [...m.values()].filter((p) => !settings.programs || settings.programs.includes(p.id));
  const reform = settings.compare ? pick(changed) : undefined;
  // A program the draft adds is compared with the rules as they are, in which it is not yet in force.
  const programs = reform ? reform.map((p) => baseline.get(p.id) ?? notYetInForce(p)) : pick(changed);
  return {
    settings,
    catalogue: rules.fields,
    asOf,
    programs,
    lean: programs.map(leanOf),
    ...(reform ? { reform, reformLean: reform.map(leanOf) } : {}),
    programIds: programs.map((p) => p.id),
    ...(settings.programs
      ? { partners: [...(reform ? baseline : changed).values()], reformPartners: [...changed.values()] }
      : {}),
  };
}

/** A program the current rules do not have, as they would answer for it: not in force on any date. */
function notYetInForce(program: Program): Program {
  return { ...program, inForce: { from: "9999-12-31" } };
}

/** The bundled rules as they are: the baseline a draft is compared with. */
function bundledRules(): RuleSet {
  return loadBundledRules() ?? loadRules([]);
}

/** Load the rules a worker thread needs: the bundle when no extra directory is given, else the YAML. */
export async function loadRulesForWorker(settings: BatchSettings): Promise<RuleSet> {
  const bundled = settings.rules.length ? undefined : loadBundledRules();
  if (bundled) return bundled;
  return loadRules(settings.rules);
}

const WORDS = new WeakMap<BatchContext, Words>();

/** The words of table output for this run: made once per context (each worker thread has its own). */
export function outputWords(ctx: BatchContext): Words {
  let words = WORDS.get(ctx);
  if (!words) {
    const lang = ctx.settings.lang ?? "zh";
    const titles = new Map(
      [...(ctx.partners ?? []), ...(ctx.reformPartners ?? []), ...ctx.programs, ...(ctx.reform ?? [])].map(
        (p) => [p.id, p.title],
      ),
    );
    const fieldLabel = (path: string) => ctx.catalogue.fields.get(path)?.label[lang] ?? path;
    const amounts = amountShapes([...ctx.programs, ...(ctx.reform ?? [])]);
    words = { lang, asOf: ctx.settings.asOf, titles, fieldLabel, amounts };
    WORDS.set(ctx, words);
  }
  return words;
}
