import { computeAmount } from "../engine/computeAmount.js";
import { type AsOf, caveatsOf, evaluateProgram, priorityOf } from "../engine/evaluateProgram.js";
import { fillSentence, withNamedValues } from "../engine/namedValues.js";
import { type ParametersInForce, parametersInForce } from "../engine/parametersInForce.js";
import type {
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
import type { Program } from "../rules/program.js";
import { amountMemo } from "./amountMemo.js";
import { caveatMemo } from "./caveatMemo.js";
import { compiledProgram } from "./compiledProgram.js";
import { freeze } from "./freeze.js";
import { assumedIn, FAIL, generateConditions, HOLD, OPEN } from "./generateConditions.js";
import { UNDECIDED } from "./generateExpression.js";
import { fieldsKey, joined, type ResultNode, ResultTree, verdict, withAssumed } from "./resultMemo.js";
import { Taken } from "./taken.js";

/** One program's verdict and money without explanation: what `evaluateProgram(…, { explain: false })` gives a batch. */
export type LeanEvaluate = (profile: Profile, asOf: AsOf) => ProgramResult;

const NONE: readonly never[] = Object.freeze([]);
const NO_FIELDS: ReadonlyMap<string, Value> = new Map();

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
  const interpreted = program.conditions.map((c) => c.test.evaluate);
  const priority = fast.priority?.length ? fast.priority : undefined;
  // Caveats of the program's own read the profile: added to every result, never remembered.
  const conditional = Boolean(program.caveats?.length);
  const caveatsFor = caveatMemo(fast);
  // The unknown conditions are listed (a batch states an assumption only for a condition that decided), so a
  // program with stated assumptions evaluates every condition, as the engine does.
  const stating = program.conditions.map((c) => c.assumes);
  const assumptive = stating.some(Boolean);
  // The conditions in one generated function; its outcomes, and where each records the defaults it takes.
  const outcomes: (Outcome | typeof UNDECIDED)[] = [];
  // A condition's assumption holds when it takes one of its defaults (as in `eval`): a field read with a default
  // that the row leaves blank may still go unread (a man's original retirement age).
  const takenBy = program.conditions.map((c) => (c.assumes ? new Taken() : undefined));
  const all = generateConditions(
    program.conditions.map((c) => c.test.ast),
    outcomes,
    takenBy,
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
  // Not applicable, as the engine says it: the same for every profile, for each reason.
  const notApplicable = (reason: NotApplicableReason) => verdict(program, "not-applicable", reason);
  const ineligible = verdict(program, "ineligible");
  const eligible = amountMemo<ProgramResult>(program);
  // Past the horizon with nothing else open: what it would pay if it still runs, per distinct input as above.
  const ifInForce = amountMemo<{ law: LawUnknown; missing: readonly string[] }>(program);
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
      found = { params, values, results: new ResultTree() };
      dates.set(asOf.text, found);
    }
    return found;
  };
  const [noSection, outside] = [notApplicable("no-section"), notApplicable("outside-jurisdiction")];
  const notBegun = freeze({ ...notApplicable("not-in-force"), term: "not-begun" as const });
  const ended = freeze({ ...notApplicable("not-in-force"), term: "ended" as const });
  // A place plainly within or outside the jurisdiction; a coarser one (undefined) the engine words.
  const places = new Map<string, boolean | undefined>();
  const within = (given: string) => {
    const known = places.get(given);
    if (known !== undefined || places.has(given)) return known;
    const found = given === code || !isWithin(code, given) ? isWithin(given, code) : undefined;
    if (places.size < 10_000) places.set(given, found);
    return found;
  };

  // The row being evaluated (the lean path never re-enters): read by the helpers below without a closure per row.
  let profile: Profile;
  let asOf: AsOf;
  let day: OnDate;
  let values: ReadonlyMap<string, Value>;
  let ctx: EvalContext | undefined;
  const context = (): EvalContext => {
    ctx ??= steady
      ? evalContext(profile.fields, day.values, asOf.date, undefined)
      : withNamedValues(fast, evalContext(profile.fields, day.params.values, asOf.date, filters()));
    return ctx;
  };
  /** The condition listed with its stated assumption, when it has one: made once unless it names a value. */
  const assumption = (i: number, result: boolean): ConditionResult | undefined => {
    const assumes = stating[i];
    if (!assumes) return undefined;
    return (
      assumedResults[i]?.[result ? 1 : 0] ?? {
        ...(unknownResults[i] as ConditionResult),
        result,
        assumed: fillSentence(assumes, fast, context()),
      }
    );
  };
  /**
   * The result with its priority and caveats, as the engine adds them. Without caveats of its own a program's
   * caveats read only the date and the amount (the currency caveat): the same for every undetermined profile
   * on a date, and remembered with the eligible result. The priority reads the profile: never remembered.
   */
  const withExtras = (base: ProgramResult, ranked: boolean, caveated: boolean): ProgramResult => {
    if (!ranked && !caveated) return base;
    const c = context();
    const out: Mutable<ProgramResult> = { ...base };
    if (ranked && priority) out.priority = priorityOf(fast, priority, c, profile, day.params, false);
    if (!caveated) return out;
    let holding: readonly CaveatResult[];
    if (base.status === "undetermined" && !conditional) {
      day.openCaveats ??= freeze(caveatsOf(fast, c, asOf.text, null));
      holding = day.openCaveats;
    } else holding = caveatsFor(c, asOf.text, base.amount);
    if (holding.length) out.caveats = holding;
    return out;
  };
  // Results that depend on the row only through its conditions' outcomes are remembered per date (resultMemo).
  const rememberable = !priority && !conditional;
  // A signature says which assumptions were stated: enough when their sentences are the same for every row.
  const signable = rememberable && stating.every((states, i) => !states || assumedResults[i]);
  const listedBy = (signature: number) =>
    assumedIn(signature, stating).map(([i, holds]) => assumedResults[i]?.[holds ? 1 : 0] as ConditionResult);
  // The row's unknown conditions and stated assumptions, in lists reused from row to row.
  const unknownAt: number[] = [];
  const unknowns: Unknown[] = [];
  let unknownCount = 0;
  const stated: ConditionResult[] = [];
  let statedCount = 0;
  // What the row pays, made once per distinct amount input (not a closure per row).
  const paid = (): ProgramResult => {
    const { amount, missing } = computeAmount(fast, context(), day.params, false);
    const made: ProgramResult = { program, status: "eligible", amount, conditions: NONE, missing };
    return freeze(conditional ? made : withExtras(made, false, true));
  };
  /** What the row being evaluated is paid, with its extras: reads the row's state (no closure per row). */
  const paying = () =>
    withExtras(eligible(profile.fields, asOf, values, paid), Boolean(priority), conditional);
  const paidIfInForce = (r = computeAmount(fast, context(), day.params, false)) =>
    freeze({ law: freeze({ ...(law as LawUnknown), ifInForce: r.amount }), missing: r.missing });

  return (given, when) => {
    profile = given;
    asOf = when;
    ctx = undefined;
    if (asOf.text < from || (to !== undefined && asOf.text > to)) return asOf.text < from ? notBegun : ended;
    // The place's field lies in the section: given, the section is there (one lookup fewer per row).
    const region = profile.fields.get(field);
    if (region === undefined && !profile.sections.has(section)) return noSection;
    const place = typeof region === "string" ? within(region) : undefined;
    if (place === false) return outside;
    if (place === undefined) return fallback(profile, asOf);
    day = onDate(asOf);
    const fields = profile.fields;
    values = named && !steady ? context().params : day.values;
    const decided = all(fields, values, asOf.date);
    // Nothing unknown and no assumption: the status follows from the conditions alone.
    if (decided === HOLD) return paying();
    if (decided === FAIL) return priority ? withExtras(ineligible, true, false) : ineligible;
    if (decided !== OPEN && signable)
      // Each condition decided, some on a stated assumption: remembered by what the conditions gave.
      return day.results.signed(decided, (decided & FAIL) !== 0, listedBy, ineligible, paying);
    // Emptied only when used (setting a length is a runtime call).
    unknownCount = 0;
    statedCount = 0;
    let node: ResultNode | undefined = rememberable ? day.results.root : undefined;
    let anyFalse = false;
    for (let i = 0; i < interpreted.length; i++) {
      let taken: { readonly size: number } | undefined = takenBy[i];
      let outcome = outcomes[i];
      if (outcome === UNDECIDED) {
        const c = context();
        if (taken) {
          const facts = new Collected();
          outcome = (interpreted[i] as (c: EvalContext) => Outcome)(traced(c, facts));
          taken = facts.defaultedFields;
        } else outcome = (interpreted[i] as (c: EvalContext) => Outcome)(c);
      }
      if (taken?.size && !(outcome instanceof Unknown)) {
        const listed = assumption(i, outcome as boolean);
        if (listed) {
          stated[statedCount++] = listed;
          // A sentence filled from the row is the row's own: its result is not remembered.
          node =
            node && listed === assumedResults[i]?.[outcome ? 1 : 0]
              ? day.results.step(day.results.step(node, i), listed)
              : undefined;
        }
      }
      if (outcome === false) {
        // One false condition decides the status and what is missing; only which are unknown may still matter.
        if (!assumptive) return priority ? withExtras(ineligible, true, false) : ineligible;
        anyFalse = true;
      } else if (outcome instanceof Unknown) {
        unknownAt[unknownCount] = i;
        unknowns[unknownCount++] = outcome;
        node = node && day.results.step(day.results.step(node, i), fieldsKey(outcome.fields));
      }
    }
    if (anyFalse) {
      if (node?.ineligible) return node.ineligible;
      const listed = joined(
        unknownAt.slice(0, unknownCount).map((i) => unknownResults[i] as ConditionResult),
        stated.slice(0, statedCount),
      );
      const base = listed ? { ...ineligible, conditions: listed } : ineligible;
      const made = priority ? withExtras(base, true, false) : base;
      if (node) node.ineligible = freeze(made);
      return made;
    }
    if (unknownCount) {
      if (node?.open) return node.open;
      const missing = new Set<string>();
      for (let u = 0; u < unknownCount; u++) for (const f of (unknowns[u] as Unknown).fields) missing.add(f);
      const open: Mutable<ProgramResult> = {
        program,
        status: "undetermined",
        amount: null,
        conditions:
          joined(
            unknownAt.slice(0, unknownCount).map((i) => unknownResults[i] as ConditionResult),
            stated.slice(0, statedCount),
          ) ?? NONE,
        missing: [...missing],
      };
      if (law && asOf.text >= law.from) {
        // As the engine: the amount if it still runs only when nothing but the law is open.
        const paidIf = missing.size ? undefined : ifInForce(fields, asOf, values, paidIfInForce);
        open.lawUnknown = paidIf ? paidIf.law : law;
        if (paidIf?.missing.length) open.missing = [...paidIf.missing]; // its facts are missing (law3 F2)
      }
      const made = withExtras(open, Boolean(priority), true);
      // What the law would pay reads the row's amount inputs: not remembered by the conditions alone.
      if (node && missing.size) node.open = freeze(made);
      return made;
    }
    const extra = paying();
    return statedCount ? withAssumed(node, extra, stated.slice(0, statedCount)) : extra;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What a program reads on one date, whatever the profile: its parameters (with steady named values). */
interface OnDate {
  readonly params: ParametersInForce;
  readonly values: ReadonlyMap<string, Value>;
  /** The caveats of an undetermined result when the program has no caveats of its own. */
  openCaveats?: readonly CaveatResult[];
  /** The results remembered by the outcomes of the conditions. */
  readonly results: ResultTree;
}
