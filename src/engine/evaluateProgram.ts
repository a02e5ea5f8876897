import { Collected, evalContext, traced } from "../expr/tracer.js";
import type { EvalContext } from "../expr/types.js";
import { formatIsoDate, type Outcome, parseIsoDate, Unknown } from "../expr/values.js";
import { inEachLanguage, say } from "../messages/index.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../regions/regionWithin.js";
import { IN_FORCE } from "../rules/inForceCondition.js";
import type { Condition, LocalText, Program } from "../rules/program.js";
import { computeAmount } from "./computeAmount.js";
import { currencyCaveat } from "./currency.js";
import { fillSentence, namedValueResults, readsWith, withNamedValues } from "./namedValues.js";
import { type ParametersInForce, parametersInForce } from "./parametersInForce.js";
import type {
  AmountResult,
  CaveatResult,
  ConditionResult,
  FilterResult,
  LawUnknown,
  NotApplicableReason,
  PriorityResult,
  ProgramResult,
} from "./result.js";
import { seenValues } from "./result.js";

/** The date of an evaluation, as text and as a Date, parsed once for many profiles. */
export interface AsOf {
  readonly text: string;
  readonly date: Date;
}

/** Parse `YYYY-MM-DD` into an AsOf, or undefined when it is not a calendar date. */
export function asOfDate(text: string): AsOf | undefined {
  const date = parseIsoDate(text);
  return date && { text, date };
}

/** `explain: false` (batch) skips what only the explanation needs: values seen, parameters, arithmetic steps. */
export interface EvaluateOptions {
  readonly explain?: boolean;
}

const NONE: readonly never[] = [];

/** Evaluate one program for one profile on one date. Pure: no I/O. */
export function evaluateProgram(
  program: Program,
  profile: Profile,
  asOf: AsOf,
  options: EvaluateOptions = {},
): ProgramResult {
  const explain = options.explain !== false;
  const { from, to } = program.inForce;
  if (asOf.text < from) return notApplicable(program, "not-in-force", "not-begun");
  if (to !== undefined && asOf.text > to) return notApplicable(program, "not-in-force", "ended");
  const { section, field, code } = program.jurisdiction;
  if (!profile.sections.has(section)) return notApplicable(program, "no-section");
  const given = profile.fields.get(field) as string | undefined;
  // A coarser code that contains the jurisdiction (a city, for a district's program) cannot decide it: ask for more.
  const region = given !== undefined && given !== code && isWithin(code, given) ? undefined : given;
  if (region !== undefined && !isWithin(region, code)) return notApplicable(program, "outside-jurisdiction");

  const params = parametersInForce(program, asOf.text);
  const filters = program.filters.size ? new Map() : undefined;
  const ctx = withNamedValues(
    program,
    evalContext(profile.fields, params.values, asOf.date, filters),
    explain,
  );
  const conditions: ConditionResult[] = [
    jurisdictionCondition(program, given, region !== undefined, explain),
  ];
  let anyFalse = false;
  let unknownFields: Set<string> | undefined = region === undefined ? new Set([field]) : undefined;
  for (const c of program.conditions) {
    const outcome = evaluateCondition(program, c, ctx, profile, params, explain, conditions);
    if (outcome === false) anyFalse = true;
    else if (outcome instanceof Unknown) {
      unknownFields ??= new Set();
      for (const f of outcome.fields) unknownFields.add(f);
    }
  }
  const decided = !anyFalse && !unknownFields;
  const lawUnknown = anyFalse ? undefined : pastHorizon(program, asOf.text);
  const status = anyFalse ? "ineligible" : unknownFields ? "undetermined" : "eligible";
  const computed = decided ? computeAmount(program, ctx, params, explain) : undefined;
  const missing = computed
    ? computed.missing
    : anyFalse
      ? region === undefined
        ? [field]
        : NONE
      : [...(unknownFields ?? NONE)];
  const result: Mutable<ProgramResult> = {
    program,
    status,
    amount: computed ? computed.amount : null,
    conditions,
    missing,
    filters: filterResults(program, ctx),
  };
  if (program.priority?.length)
    result.priority = priorityOf(program, program.priority, ctx, profile, params, explain);
  const caveats = status === "ineligible" ? NONE : caveatsOf(program, ctx, asOf.text, computed?.amount);
  if (caveats.length) result.caveats = caveats;
  if (lawUnknown) {
    // Nothing else open: what it would pay if it still runs (the status stays undetermined).
    const ifInForce = unknownFields?.size ? undefined : computeAmount(program, ctx, params, explain);
    result.lawUnknown = { ...lawUnknown, ...(ifInForce ? { ifInForce: ifInForce.amount } : {}) };
    // The facts that amount still needs are missing like any other (PRODUCT §3): `ask` asks them (law3 F2).
    if (ifInForce?.missing.length) result.missing = ifInForce.missing;
  }
  const named = explain ? namedValueResults(program, ctx) : undefined;
  if (named) result.named = named;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * One condition's outcome and, when explaining, its explanation: values seen, parameters, steps, assumption,
 * notes. Without explanation nothing is made for it but the result (the texts and empty lists are shared).
 */
function evaluateCondition(
  program: Program,
  c: Condition,
  ctx: EvalContext,
  profile: Profile,
  params: ParametersInForce,
  explain: boolean,
  into: ConditionResult[],
): Outcome {
  if (!explain) {
    const outcome = c.test.evaluate(ctx);
    if (outcome === true && c.id === IN_FORCE) return outcome;
    const result = outcome instanceof Unknown ? null : (outcome as boolean);
    into.push({ id: c.id, text: c.text, result, seen: NONE, parameters: NONE, source: c.source });
    return outcome;
  }
  const facts = new Collected();
  const outcome = c.test.evaluate(traced(ctx, facts));
  // A named value the test read is explained with it (the comparisons that made it: `2015年6月1日已满`); later
  // values first, so a value read through another is found.
  const named = program.named ?? [];
  for (let i = named.length - 1; i >= 0; i--) {
    const n = named[i] as (typeof named)[number];
    if (facts.paramsRead().includes(n.name)) n.expr.evaluate(traced(ctx, facts));
  }
  // The automatic term condition is listed only when it leaves the answer open.
  if (outcome === true && c.id === IN_FORCE) return outcome;
  const read = readsWith(facts, ctx);
  const result: ConditionResult = {
    id: c.id,
    text: fillSentence(c.text, program, ctx),
    result: outcome instanceof Unknown ? null : (outcome as boolean),
    seen: seenValues(read.fields, profile.fields),
    parameters: params.named(read.params),
    source: c.source,
    ...(facts.defaultedFields.size && c.assumes ? { assumed: fillSentence(c.assumes, program, ctx) } : {}),
    ...(facts.notes.length ? { notes: facts.notes } : {}),
    records: facts.records,
  };
  into.push(result);
  return outcome;
}

/** Priority (优先): true when every priority condition holds, false when one fails, else unknown. */
export function priorityOf(
  program: Program,
  list: readonly Condition[],
  ctx: EvalContext,
  profile: Profile,
  params: ParametersInForce,
  explain: boolean,
): PriorityResult {
  const conditions: ConditionResult[] = [];
  const missing = new Set<string>();
  let anyFalse = false;
  for (const c of list) {
    const outcome = evaluateCondition(program, c, ctx, profile, params, explain, conditions);
    if (outcome === false) anyFalse = true;
    else if (outcome instanceof Unknown) for (const f of outcome.fields) missing.add(f);
  }
  const unknown = conditions.some((c) => c.result === null);
  return {
    result: anyFalse ? false : unknown ? null : true,
    conditions,
    missing: anyFalse ? [] : [...missing],
  };
}

/**
 * The caveats whose `when` holds (grounds the caseworker must confirm), then the currency caveat: values no
 * cited source confirms for the as-of date or for the last month paid.
 */
export function caveatsOf(
  program: Program,
  ctx: EvalContext,
  asOf: string,
  amount: AmountResult | null | undefined,
): readonly CaveatResult[] {
  const out: CaveatResult[] = [];
  for (const k of program.caveats ?? [])
    if (k.when.evaluate(ctx) === true) out.push({ id: k.id, text: fillSentence(k.text, program, ctx) });
  const currency = currencyCaveat(program, asOf, lastMonthPaid(ctx.asOf, amount) ?? asOf);
  if (currency) out.push(currency);
  return out.length ? out : NONE;
}

/** The first day of the last month a monthly amount pays (batch has no schedule: counted from the months). */
function lastMonthPaid(asOf: Date, amount: AmountResult | null | undefined): string | undefined {
  const months = amount?.per === "month" && amount.months ? amount.months.toNumber() : 0;
  if (months <= 1 || months > 600) return undefined;
  const d = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + months - 1, 1));
  return formatIsoDate(d);
}

function filterResults(program: Program, ctx: EvalContext): FilterResult[] | undefined {
  if (!program.filters.size) return undefined;
  const out: FilterResult[] = [];
  for (const f of program.filters.values()) {
    const outcome = ctx.filters?.get(f.filter.name);
    if (!outcome) continue;
    const conditions = f.conditions.map((c) => ({ id: c.id, text: fillSentence(c.text, program, ctx) }));
    out.push({ name: f.filter.name, label: f.label, over: f.filter.over, conditions, items: outcome.items });
  }
  return out;
}

/** The program's horizon when the date is on or past it: from then, whether it still runs is not known. */
function pastHorizon(program: Program, asOf: string): Omit<LawUnknown, "ifInForce"> | undefined {
  const h = program.inForce.horizon;
  return h && asOf >= h.on ? { from: h.on, why: h.text, ref: h.ref } : undefined;
}

function notApplicable(
  program: Program,
  reason: NotApplicableReason,
  term?: ProgramResult["term"],
): ProgramResult {
  const result = {
    program,
    status: "not-applicable",
    reason,
    amount: null,
    conditions: [],
    missing: [],
  } as const;
  return term ? { ...result, term } : result;
}

type JurisdictionTexts = { readonly within: LocalText; readonly tooCoarse: LocalText };
const jurisdictionTexts = new WeakMap<Program, JurisdictionTexts>();

/** The sentences of the automatic jurisdiction condition, built once per program. */
function textsOf(program: Program): JurisdictionTexts {
  let texts = jurisdictionTexts.get(program);
  if (!texts) {
    const { code, name } = program.jurisdiction;
    const place = name ?? { zh: code, en: code };
    const words = (key: "words/jurisdiction/within" | "words/jurisdiction/tooCoarse") =>
      inEachLanguage((lang) => say(lang, key, { place: place[lang], code }));
    texts = { within: words("words/jurisdiction/within"), tooCoarse: words("words/jurisdiction/tooCoarse") };
    jurisdictionTexts.set(program, texts);
  }
  return texts;
}

function jurisdictionCondition(
  program: Program,
  given: string | undefined,
  decided: boolean,
  explain: boolean,
): ConditionResult {
  const texts = textsOf(program);
  const text = !decided && given !== undefined ? texts.tooCoarse : texts.within;
  const seen = explain ? [{ field: program.jurisdiction.field, value: given }] : NONE;
  return { id: "in-jurisdiction", text, result: decided ? true : null, seen, parameters: NONE };
}
