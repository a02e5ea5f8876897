import { computeAmount } from "../engine/computeAmount.js";
import { type AsOf, caveatsOf, evaluateProgram, priorityOf } from "../engine/evaluateProgram.js";
import { fillSentence, withNamedValues } from "../engine/namedValues.js";
import { type ParametersInForce, parametersInForce } from "../engine/parametersInForce.js";
import type { AmountResult, CaveatResult, ConditionResult, ProgramResult } from "../engine/result.js";
import { Collected, evalContext, traced } from "../expr/tracer.js";
import type { EvalContext } from "../expr/types.js";
import { type Outcome, Unknown, type Value } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../regions/regionWithin.js";
import { defaultedFields } from "../rules/caseAnalysis.js";
import type { Program } from "../rules/program.js";
import { amountMemo } from "./amountMemo.js";
import { compiledProgram } from "./compiledProgram.js";
import { generateExpression, UNDECIDED } from "./generateExpression.js";

/** One program's verdict and money without explanation: what `evaluateProgram(…, { explain: false })` gives a batch. */
export type LeanEvaluate = (profile: Profile, asOf: AsOf) => ProgramResult;

const NONE: readonly never[] = [];

/**
 * The lean evaluator of a program: its conditions generated as JavaScript (the interpreter's closure decides
 * what the generated code cannot), its eligible result made once per distinct input of its amount. Status,
 * amount, missing fields, caveats and priority equal `evaluateProgram(…, { explain: false })`; of the conditions
 * the result lists only those unknown, and results are shared between profiles (never change one). A profile whose
 * jurisdiction or date does not plainly decide goes to the engine.
 */
export function leanEvaluator(program: Program): LeanEvaluate {
  // Amounts, named values, caveats and priority: the same program with its expressions generated too.
  const fast = compiledProgram(program);
  const generated = program.conditions.map((c) => (c.test.ast ? generateExpression(c.test.ast) : undefined));
  const interpreted = program.conditions.map((c) => c.test.evaluate);
  const priority = fast.priority?.length ? fast.priority : undefined;
  // Caveats of the program's own read the profile: added to every result, never remembered.
  const conditional = Boolean(program.caveats?.length);
  let openCaveats = { text: "", caveats: NONE as readonly CaveatResult[] };
  const caveatsFor = caveatMemo(fast);
  // The unknown conditions are listed (a batch states an assumption only for a condition that decided), so a
  // program with stated assumptions evaluates every condition, as the engine does.
  const assumptive = program.conditions.some((c) => c.assumes);
  // A condition's assumption holds when the interpreter, traced, takes one of its defaults (as in `eval`): a
  // field read with a default that the row leaves blank may still go unread (a man's original retirement age).
  const defaulted = program.conditions.map((c) =>
    c.assumes ? (c.test.ast ? defaultedFields(c.test.ast) : c.test.fields) : undefined,
  );
  const fallback = (profile: Profile, asOf: AsOf) => {
    const quick = evaluateProgram(program, profile, asOf, { explain: false });
    // Only the explanation says which defaults were taken; a rare path (a coarse or missing place).
    return assumptive && quick.status !== "not-applicable"
      ? evaluateProgram(program, profile, asOf, { explain: true })
      : quick;
  };
  const unknownResults: ConditionResult[] = program.conditions.map((c) => ({
    id: c.id,
    text: c.text,
    result: null,
    seen: NONE,
    parameters: NONE,
    source: c.source,
  }));
  // Named values are computed into the context before any condition: only without them can it wait.
  const named = Boolean(program.named?.length);
  const eligible = amountMemo<ProgramResult>(program);
  const ineligible: ProgramResult = {
    program,
    status: "ineligible",
    amount: null,
    conditions: NONE,
    missing: NONE,
  };
  const { from, to } = program.inForce;
  const { section, field, code } = program.jurisdiction;
  // A batch has one date and few region codes: both looked up once.
  let paramsOf = { text: "", params: undefined as unknown as ParametersInForce };
  const plainlyWithin = new Map<string, boolean>();
  const within = (given: string) => {
    let found = plainlyWithin.get(given);
    if (found === undefined) {
      found = (given === code || !isWithin(code, given)) && isWithin(given, code);
      if (plainlyWithin.size < 10_000) plainlyWithin.set(given, found);
    }
    return found;
  };

  return (profile, asOf) => {
    if (asOf.text < from || (to !== undefined && asOf.text > to) || !profile.sections.has(section))
      return fallback(profile, asOf);
    const given = profile.fields.get(field);
    if (typeof given !== "string" || !within(given)) return fallback(profile, asOf);
    if (paramsOf.text !== asOf.text)
      paramsOf = { text: asOf.text, params: parametersInForce(program, asOf.text) };
    const params = paramsOf.params;
    const fields = profile.fields;
    let ctx: EvalContext | undefined = named ? context(fast, fields, params, asOf) : undefined;
    const values: ReadonlyMap<string, Value> = ctx ? ctx.params : params.values;
    let unknownFields: Set<string> | undefined;
    let unknownConditions: ConditionResult[] | undefined;
    let assumed: ConditionResult[] | undefined;
    let anyFalse = false;
    for (let i = 0; i < interpreted.length; i++) {
      const blanks = defaulted[i]?.some((f) => !fields.has(f));
      let outcome = blanks ? UNDECIDED : (generated[i]?.(fields, values, asOf.date) ?? UNDECIDED);
      if (blanks) {
        ctx ??= context(fast, fields, params, asOf);
        const taken = new Collected();
        outcome = (interpreted[i] as (c: EvalContext) => Outcome)(traced(ctx, taken));
        const c = program.conditions[i];
        if (taken.defaultedFields.size && c?.assumes && !(outcome instanceof Unknown)) {
          assumed ??= [];
          assumed.push({
            ...(unknownResults[i] as ConditionResult),
            result: outcome as boolean,
            assumed: fillSentence(c.assumes, fast, ctx),
          });
        }
      } else if (outcome === UNDECIDED) {
        ctx ??= context(fast, fields, params, asOf);
        outcome = (interpreted[i] as (c: EvalContext) => Outcome)(ctx);
      }
      if (outcome === false) {
        // One false condition decides the status and what is missing; only which are unknown may still matter.
        if (!assumptive) return priority ? withExtras(ineligible, ctx, true, false) : ineligible;
        anyFalse = true;
      } else if (outcome instanceof Unknown) {
        unknownFields ??= new Set();
        for (const f of outcome.fields) unknownFields.add(f);
        unknownConditions ??= [];
        unknownConditions.push(unknownResults[i] as ConditionResult);
      }
    }
    if (anyFalse) {
      const listed = joined(unknownConditions, assumed);
      const base = listed ? { ...ineligible, conditions: listed } : ineligible;
      return priority ? withExtras(base, ctx, true, false) : base;
    }
    if (unknownFields) {
      const open: ProgramResult = {
        program,
        status: "undetermined",
        amount: null,
        conditions: joined(unknownConditions, assumed) ?? NONE,
        missing: [...unknownFields],
      };
      return withExtras(open, ctx, Boolean(priority), true);
    }
    const result = eligible(fields, asOf.text, () => {
      ctx ??= context(fast, fields, params, asOf);
      const { amount, missing } = computeAmount(fast, ctx, params, false);
      const made: ProgramResult = { program, status: "eligible", amount, conditions: NONE, missing };
      return conditional ? made : withExtras(made, ctx, false, true);
    });
    const extra = withExtras(result, ctx, Boolean(priority), conditional);
    // The remembered result is shared: the row's assumptions go on a copy.
    return assumed ? { ...extra, conditions: joined(extra.conditions, assumed) ?? NONE } : extra;

    /**
     * The result with its priority and caveats, as the engine adds them. Without caveats of its own a program's
     * caveats read only the date and the amount (the currency caveat): the same for every undetermined profile
     * on a date, and remembered with the eligible result. The priority reads the profile: never remembered.
     */
    function withExtras(
      base: ProgramResult,
      made: EvalContext | undefined,
      ranked: boolean,
      caveated: boolean,
    ): ProgramResult {
      if (!ranked && !caveated) return base;
      const c = made ?? context(fast, fields, params, asOf);
      const out: Mutable<ProgramResult> = { ...base };
      if (ranked && priority) out.priority = priorityOf(fast, priority, c, profile, params, false);
      if (!caveated) return out;
      let holding: readonly CaveatResult[];
      if (base.status === "undetermined" && !conditional) {
        if (openCaveats.text !== asOf.text)
          openCaveats = { text: asOf.text, caveats: caveatsOf(fast, c, asOf.text, null) };
        holding = openCaveats.caveats;
      } else holding = caveatsFor(c, asOf.text, base.amount);
      if (holding.length) out.caveats = holding;
      return out;
    }
  };
}

/**
 * `caveatsOf`, remembered: the engine's caveats are pure in which of the program's own caveats hold, the date
 * and the months a monthly amount pays (the currency caveat's last month), as long as no caveat's sentence
 * has a placeholder to fill from the row. The currency caveat costs more to word than a row to evaluate.
 */
function caveatMemo(program: Program) {
  const own = program.caveats ?? NONE;
  const filled = own.some((k) => `${k.text.zh}${k.text.en}`.includes("{"));
  const memo = new Map<string, readonly CaveatResult[]>();
  return (ctx: EvalContext, asOf: string, amount: AmountResult | null): readonly CaveatResult[] => {
    if (filled) return caveatsOf(program, ctx, asOf, amount);
    let key = `${asOf}|${amount?.per === "month" && amount.months ? amount.months.toString() : ""}|`;
    for (const k of own) key += k.when.evaluate(ctx) === true ? "1" : "0";
    let found = memo.get(key);
    if (!found) {
      if (memo.size > 10_000) memo.clear();
      found = caveatsOf(program, ctx, asOf, amount);
      memo.set(key, found);
    }
    return found;
  };
}

/** The listed conditions: those unknown, then those decided on an assumption. */
function joined(
  a: readonly ConditionResult[] | undefined,
  b: readonly ConditionResult[] | undefined,
): readonly ConditionResult[] | undefined {
  return a?.length && b?.length ? [...a, ...b] : a?.length ? a : b;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function context(
  program: Program,
  fields: ReadonlyMap<string, Value>,
  params: ParametersInForce,
  asOf: AsOf,
): EvalContext {
  const filters = program.filters.size ? new Map() : undefined;
  return withNamedValues(program, evalContext(fields, params.values, asOf.date, filters));
}
