import { computeAmount } from "../engine/computeAmount.js";
import { type AsOf, evaluateProgram } from "../engine/evaluateProgram.js";
import { fillSentence, withNamedValues } from "../engine/namedValues.js";
import { type ParametersInForce, parametersInForce } from "../engine/parametersInForce.js";
import type { CaveatResult, PriorityResult, ProgramResult } from "../engine/result.js";
import { evalContext } from "../expr/tracer.js";
import type { EvalContext } from "../expr/types.js";
import { type Outcome, Unknown, type Value } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../regions/regionWithin.js";
import type { Condition, Program } from "../rules/program.js";
import { amountMemo } from "./amountMemo.js";
import { compiledProgram } from "./compiledProgram.js";
import { generateExpression, UNDECIDED } from "./generateExpression.js";

/** One program's verdict and money without explanation: what `evaluateProgram(…, { explain: false })` gives a batch. */
export type LeanEvaluate = (profile: Profile, asOf: AsOf) => ProgramResult;

const NONE: readonly never[] = [];

/**
 * The lean evaluator of a program: its conditions generated as JavaScript (the interpreter's closure decides
 * what the generated code cannot), its eligible result made once per distinct input of its amount. Status,
 * amount, missing fields, caveats and priority equal `evaluateProgram(…, { explain: false })`; the result carries
 * no per-condition results, and results are shared between profiles (never change one). A profile whose
 * jurisdiction or date does not plainly decide goes to the engine.
 */
export function leanEvaluator(program: Program): LeanEvaluate {
  // Amounts, named values, caveats and priority: the same program with its expressions generated too.
  const fast = compiledProgram(program);
  const generated = program.conditions.map((c) => (c.test.ast ? generateExpression(c.test.ast) : undefined));
  const interpreted = program.conditions.map((c) => c.test.evaluate);
  const priority = fast.priority?.length ? fast.priority : undefined;
  const caveats = program.caveats?.length ? program.caveats : undefined;
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
      return evaluateProgram(program, profile, asOf, { explain: false });
    const given = profile.fields.get(field);
    if (typeof given !== "string" || !within(given))
      return evaluateProgram(program, profile, asOf, { explain: false });
    if (paramsOf.text !== asOf.text)
      paramsOf = { text: asOf.text, params: parametersInForce(program, asOf.text) };
    const params = paramsOf.params;
    const fields = profile.fields;
    let ctx: EvalContext | undefined = named ? context(fast, fields, params, asOf) : undefined;
    const values: ReadonlyMap<string, Value> = ctx ? ctx.params : params.values;
    let unknownFields: Set<string> | undefined;
    for (let i = 0; i < interpreted.length; i++) {
      let outcome = generated[i]?.(fields, values, asOf.date) ?? UNDECIDED;
      if (outcome === UNDECIDED) {
        ctx ??= context(fast, fields, params, asOf);
        outcome = (interpreted[i] as (c: EvalContext) => Outcome)(ctx);
      }
      // One false condition decides: the rest change neither the status nor what is missing.
      if (outcome === false) return priority ? withExtras(ineligible, ctx) : ineligible;
      if (outcome instanceof Unknown) {
        unknownFields ??= new Set();
        for (const f of outcome.fields) unknownFields.add(f);
      }
    }
    if (unknownFields) {
      const open: ProgramResult = {
        program,
        status: "undetermined",
        amount: null,
        conditions: NONE,
        missing: [...unknownFields],
      };
      return priority || caveats ? withExtras(open, ctx) : open;
    }
    const result = eligible(fields, asOf.text, () => {
      ctx ??= context(fast, fields, params, asOf);
      const { amount, missing } = computeAmount(fast, ctx, params, false);
      return { program, status: "eligible", amount, conditions: NONE, missing };
    });
    return priority || caveats ? withExtras(result, ctx) : result;

    /** The result with its priority (any status) and caveats (unless ineligible), as the engine adds them. */
    function withExtras(base: ProgramResult, made: EvalContext | undefined): ProgramResult {
      const c = made ?? context(fast, fields, params, asOf);
      const out: Mutable<ProgramResult> = { ...base };
      if (priority) out.priority = priorityOf(priority, c);
      const holding = base.status === "ineligible" ? NONE : caveatsOf(fast, c);
      if (holding.length) out.caveats = holding;
      return out;
    }
  };
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

/** As the engine ranks (优先): true when every priority condition holds, false when one fails, else unknown. */
function priorityOf(list: readonly Condition[], ctx: EvalContext): PriorityResult {
  const missing = new Set<string>();
  let anyFalse = false;
  let unknown = false;
  for (const c of list) {
    const outcome = c.test.evaluate(ctx);
    if (outcome === false) anyFalse = true;
    else if (outcome instanceof Unknown) {
      unknown = true;
      for (const f of outcome.fields) missing.add(f);
    }
  }
  return {
    result: anyFalse ? false : unknown ? null : true,
    conditions: NONE,
    missing: anyFalse ? [] : [...missing],
  };
}

function caveatsOf(program: Program, ctx: EvalContext): readonly CaveatResult[] {
  const out: CaveatResult[] = [];
  for (const k of program.caveats ?? NONE)
    if (k.when.evaluate(ctx) === true) out.push({ id: k.id, text: fillSentence(k.text, program, ctx) });
  return out;
}
