import { computeAmount } from "../engine/computeAmount.js";
import { type AsOf, caveatsOf, evaluateProgram, priorityOf } from "../engine/evaluateProgram.js";
import { fillSentence, withNamedValues } from "../engine/namedValues.js";
import { type ParametersInForce, parametersInForce } from "../engine/parametersInForce.js";
import type {
  AmountResult,
  CaveatResult,
  ConditionResult,
  LawUnknown,
  NotApplicableReason,
  ProgramResult,
} from "../engine/result.js";
import { Collected, evalContext, traced } from "../expr/tracer.js";
import type { EvalContext } from "../expr/types.js";
import { type Outcome, Unknown, type Value } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../regions/regionWithin.js";
import { defaultedFields } from "../rules/caseAnalysis.js";
import type { Program } from "../rules/program.js";
import { amountMemo } from "./amountMemo.js";
import { compiledProgram } from "./compiledProgram.js";
import { freeze } from "./freeze.js";
import { generateExpression, UNDECIDED } from "./generateExpression.js";

/** One program's verdict and money without explanation: what `evaluateProgram(…, { explain: false })` gives a batch. */
export type LeanEvaluate = (profile: Profile, asOf: AsOf) => ProgramResult;

const NONE: readonly never[] = Object.freeze([]);
const NO_FIELDS: ReadonlyMap<string, Value> = new Map();
/** The defaults a generated condition took (one evaluation at a time: the lean path never re-enters). */
const TAKEN = new Set<string>();

/**
 * The lean evaluator of a program: its conditions generated as JavaScript (the interpreter's closure decides
 * what the generated code cannot), its eligible result made once per distinct input of its amount. Status,
 * amount, missing fields, caveats, priority and `lawUnknown` equal `evaluateProgram(…, { explain: false })`; of the
 * conditions the result lists only those unknown (and those decided on an assumption); no filters or named
 * values. Results are shared between profiles and frozen. A profile whose jurisdiction or date does not plainly
 * decide goes to the engine.
 */
export function leanEvaluator(program: Program): LeanEvaluate {
  // Amounts, named values, caveats and priority: the same program with its expressions generated too.
  const fast = compiledProgram(program);
  const generated = program.conditions.map((c) => (c.test.ast ? generateExpression(c.test.ast) : undefined));
  const interpreted = program.conditions.map((c) => c.test.evaluate);
  const priority = fast.priority?.length ? fast.priority : undefined;
  // Caveats of the program's own read the profile: added to every result, never remembered.
  const conditional = Boolean(program.caveats?.length);
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
  const unknownResults: ConditionResult[] = program.conditions.map((c) =>
    Object.freeze({ id: c.id, text: c.text, result: null, seen: NONE, parameters: NONE, source: c.source }),
  );
  // Named values are computed into the context before any condition: only without them can it wait. Named
  // values that read no field (a program without filters) are steady: computed once per date.
  const named = Boolean(program.named?.length);
  const steady = named && !program.filters.size && program.named?.every((n) => !n.expr.fields.length);
  const filters = () => (program.filters.size ? new Map() : undefined);
  // An assumption sentence without a placeholder: the listed condition is the same for every row.
  const assumedResults = program.conditions.map((c, i) =>
    c.assumes && !`${c.assumes.zh}${c.assumes.en}`.includes("{")
      ? ([false, true] as const).map((result) =>
          Object.freeze({ ...(unknownResults[i] as ConditionResult), result, assumed: c.assumes }),
        )
      : undefined,
  );
  const eligible = amountMemo<ProgramResult>(program);
  // Past the horizon with nothing else open: what it would pay if it still runs, per distinct input as above.
  const ifInForce = amountMemo<LawUnknown>(program);
  const ineligible: ProgramResult = Object.freeze({
    program,
    status: "ineligible",
    amount: null,
    conditions: NONE,
    missing: NONE,
  });
  const { from, to, horizon } = program.inForce;
  const law = horizon && Object.freeze({ from: horizon.on, why: horizon.text, ref: horizon.ref });
  const { section, field, code } = program.jurisdiction;
  // A batch has one date and few region codes: both looked up once.
  const dates = new Map<string, OnDate>();
  const onDate = (asOf: AsOf): OnDate => {
    let found = dates.get(asOf.text);
    if (!found) {
      if (dates.size >= 4_096) dates.clear();
      const params = parametersInForce(program, asOf.text);
      const values = steady
        ? withNamedValues(fast, evalContext(NO_FIELDS, params.values, asOf.date, undefined)).params
        : params.values;
      found = { params, values };
      dates.set(asOf.text, found);
    }
    return found;
  };
  // Not applicable, as the engine says it: the same for every profile, for each reason.
  const notApplicable = (reason: NotApplicableReason): ProgramResult =>
    Object.freeze({
      program,
      status: "not-applicable",
      reason,
      amount: null,
      conditions: NONE,
      missing: NONE,
    });
  const [notInForce, noSection, outside] = (
    ["not-in-force", "no-section", "outside-jurisdiction"] as const
  ).map(notApplicable) as [ProgramResult, ProgramResult, ProgramResult];
  // A place plainly within or outside the jurisdiction; a coarser one (undefined) the engine words.
  const places = new Map<string, boolean | undefined>();
  const within = (given: string) => {
    if (places.has(given)) return places.get(given);
    const found = given === code || !isWithin(code, given) ? isWithin(given, code) : undefined;
    if (places.size < 10_000) places.set(given, found);
    return found;
  };

  return (profile, asOf) => {
    if (asOf.text < from || (to !== undefined && asOf.text > to)) return notInForce;
    if (!profile.sections.has(section)) return noSection;
    const given = profile.fields.get(field);
    const place = typeof given === "string" ? within(given) : undefined;
    if (place === false) return outside;
    if (place === undefined) return fallback(profile, asOf);
    const day = onDate(asOf);
    const params = day.params;
    const fields = profile.fields;
    const withNamed = day.values;
    const context = (): EvalContext =>
      steady
        ? evalContext(fields, withNamed, asOf.date, undefined)
        : withNamedValues(fast, evalContext(fields, params.values, asOf.date, filters()));
    let ctx: EvalContext | undefined = named && !steady ? context() : undefined;
    const values: ReadonlyMap<string, Value> = ctx ? ctx.params : withNamed;
    let unknownFields: Set<string> | undefined;
    let unknownConditions: ConditionResult[] | undefined;
    let assumed: ConditionResult[] | undefined;
    let anyFalse = false;
    for (let i = 0; i < interpreted.length; i++) {
      // A blank field read with a default: whether the default was taken decides whether the assumption holds.
      let taken = defaulted[i]?.some((f) => !fields.has(f)) ? TAKEN : undefined;
      taken?.clear();
      let outcome = generated[i]?.(fields, values, asOf.date, taken) ?? UNDECIDED;
      if (outcome === UNDECIDED) {
        ctx ??= context();
        if (taken) {
          const facts = new Collected();
          outcome = (interpreted[i] as (c: EvalContext) => Outcome)(traced(ctx, facts));
          taken = facts.defaultedFields;
        } else outcome = (interpreted[i] as (c: EvalContext) => Outcome)(ctx);
      }
      if (taken?.size && !(outcome instanceof Unknown)) {
        const stated = assumption(i, outcome as boolean);
        if (stated) {
          assumed ??= [];
          assumed.push(stated);
        }
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
      const open: Mutable<ProgramResult> = {
        program,
        status: "undetermined",
        amount: null,
        conditions: joined(unknownConditions, assumed) ?? NONE,
        missing: [...unknownFields],
      };
      if (law && asOf.text >= law.from) {
        // As the engine: the amount if it still runs only when nothing but the law is open.
        open.lawUnknown = unknownFields.size
          ? law
          : ifInForce(fields, asOf, values, () => {
              ctx ??= context();
              return freeze({ ...law, ifInForce: computeAmount(fast, ctx, params, false).amount });
            });
      }
      return withExtras(open, ctx, Boolean(priority), true);
    }
    const result = eligible(fields, asOf, values, () => {
      ctx ??= context();
      const { amount, missing } = computeAmount(fast, ctx, params, false);
      const made: ProgramResult = { program, status: "eligible", amount, conditions: NONE, missing };
      return freeze(conditional ? made : withExtras(made, ctx, false, true));
    });
    const extra = withExtras(result, ctx, Boolean(priority), conditional);
    // The remembered result is shared: the row's assumptions go on a copy.
    return assumed ? { ...extra, conditions: joined(extra.conditions, assumed) ?? NONE } : extra;

    /** The condition listed with its stated assumption, when it has one: made once unless it names a value. */
    function assumption(i: number, result: boolean): ConditionResult | undefined {
      const c = program.conditions[i];
      if (!c?.assumes) return undefined;
      const fixed = assumedResults[i]?.[result ? 1 : 0];
      if (fixed) return fixed;
      ctx ??= context();
      return {
        ...(unknownResults[i] as ConditionResult),
        result,
        assumed: fillSentence(c.assumes, fast, ctx),
      };
    }

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
      const c = made ?? context();
      const out: Mutable<ProgramResult> = { ...base };
      if (ranked && priority) out.priority = priorityOf(fast, priority, c, profile, params, false);
      if (!caveated) return out;
      let holding: readonly CaveatResult[];
      if (base.status === "undetermined" && !conditional) {
        day.openCaveats ??= freeze(caveatsOf(fast, c, asOf.text, null));
        holding = day.openCaveats;
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
      found = freeze(caveatsOf(program, ctx, asOf, amount));
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

/** What a program reads on one date, whatever the profile: its parameters (with steady named values). */
interface OnDate {
  readonly params: ParametersInForce;
  readonly values: ReadonlyMap<string, Value>;
  /** The caveats of an undetermined result when the program has no caveats of its own. */
  openCaveats?: readonly CaveatResult[];
}
