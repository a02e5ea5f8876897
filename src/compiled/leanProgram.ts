import { computeAmount } from "../engine/computeAmount.js";
import { type AsOf, evaluateProgram } from "../engine/evaluateProgram.js";
import { fillSentence, withNamedValues } from "../engine/namedValues.js";
import { type ParametersInForce, parametersInForce } from "../engine/parametersInForce.js";
import type { CaveatResult, PriorityResult, ProgramResult, Status } from "../engine/result.js";
import { evalContext } from "../expr/tracer.js";
import type { Compiled, EvalContext } from "../expr/types.js";
import { type Outcome, Unknown } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../regions/regionWithin.js";
import type { Condition, Program } from "../rules/program.js";
import { amountMemo } from "./amountMemo.js";
import { type Decide, generateExpression, UNDECIDED } from "./generateExpression.js";

/** One program's verdict and money without explanation: what `evaluateProgram(…, { explain: false })` gives a batch. */
export type LeanEvaluate = (profile: Profile, asOf: AsOf) => ProgramResult;

const NONE: readonly never[] = [];

/**
 * The lean evaluator of a program: its conditions generated as JavaScript (the interpreter's closure decides
 * what the generated code cannot), its amount computed by the engine once per distinct input. Status, amount,
 * missing fields, caveats and priority equal `evaluateProgram(…, { explain: false })`; the result carries no
 * per-condition results. A profile the jurisdiction does not decide plainly goes to the engine.
 */
export function leanEvaluator(program: Program): LeanEvaluate {
  const conditions = program.conditions.map(decider);
  const priority = program.priority?.map(decider);
  const caveats = program.caveats ?? NONE;
  const amount = amountMemo(program, computeAmount);
  const { from, to } = program.inForce;
  const { section, field, code } = program.jurisdiction;
  const engine = (profile: Profile, asOf: AsOf) =>
    evaluateProgram(program, profile, asOf, { explain: false });
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
      return engine(profile, asOf);
    const given = profile.fields.get(field);
    if (typeof given !== "string" || !within(given)) return engine(profile, asOf);
    if (paramsOf.text !== asOf.text)
      paramsOf = { text: asOf.text, params: parametersInForce(program, asOf.text) };
    const params = paramsOf.params;
    const filters = program.filters.size ? new Map() : undefined;
    const ctx = withNamedValues(program, evalContext(profile.fields, params.values, asOf.date, filters));
    let unknownFields: Set<string> | undefined;
    let status: Status = "eligible";
    for (const c of conditions) {
      const outcome = c(ctx);
      // One false condition decides: the rest change neither the status nor what is missing.
      if (outcome === false) {
        status = "ineligible";
        break;
      }
      if (outcome instanceof Unknown) {
        unknownFields ??= new Set();
        for (const f of outcome.fields) unknownFields.add(f);
      }
    }
    if (status === "eligible" && unknownFields) status = "undetermined";
    const computed = status === "eligible" ? amount(ctx, params, asOf.text) : undefined;
    const result: Mutable<ProgramResult> = {
      program,
      status,
      amount: computed ? computed.amount : null,
      conditions: NONE,
      missing: computed ? computed.missing : status === "ineligible" ? NONE : [...(unknownFields ?? NONE)],
    };
    if (priority?.length) result.priority = priorityOf(priority, ctx);
    if (status !== "ineligible" && caveats.length) {
      const holding = caveatsOf(program, ctx);
      if (holding.length) result.caveats = holding;
    }
    return result;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Test = (ctx: EvalContext) => Outcome;

/** A condition's test: the generated code, and the interpreter when that code cannot decide. */
function decider(c: Condition): Test {
  const generated = generated_(c.test);
  if (!generated) return c.test.evaluate;
  const interpreted = c.test.evaluate;
  return (ctx) => {
    const outcome = generated(ctx.fields, ctx.params, ctx.asOf);
    return outcome === UNDECIDED ? interpreted(ctx) : outcome;
  };
}

function generated_(test: Compiled): Decide | undefined {
  return test.ast ? generateExpression(test.ast) : undefined;
}

/** As the engine ranks (优先): true when every priority condition holds, false when one fails, else unknown. */
function priorityOf(list: readonly Test[], ctx: EvalContext): PriorityResult {
  const missing = new Set<string>();
  let anyFalse = false;
  let unknown = false;
  for (const test of list) {
    const outcome = test(ctx);
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

function caveatsOf(program: Program, ctx: EvalContext): CaveatResult[] {
  const out: CaveatResult[] = [];
  for (const k of program.caveats ?? NONE)
    if (k.when.evaluate(ctx) === true) out.push({ id: k.id, text: fillSentence(k.text, program, ctx) });
  return out;
}
