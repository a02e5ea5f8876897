import Big from "big.js";
import { equal } from "../expr/operators.js";
import { Collected, evalContext, traced } from "../expr/tracer.js";
import type { Compiled, EvalContext } from "../expr/types.js";
import { formatIsoDate, mergeUnknown, type Outcome, Unknown } from "../expr/values.js";
import { bothLanguages, inEachLanguage, say } from "../messages/index.js";
import type { Case, Computation, LocalText, Program } from "../rules/program.js";
import { staleNote } from "./currency.js";
import { tierIndex } from "./inTier.js";
import { fillSentence, readsWith, withNamedValues } from "./namedValues.js";
import { type ParametersInForce, parametersInForce } from "./parametersInForce.js";
import {
  continuedMonths,
  paidRuns,
  paymentSchedule,
  scheduleTotal,
  steadyPeriod,
} from "./paymentSchedule.js";
import { possibleAmounts, possibleOf } from "./possibleAmounts.js";
import { type AmountResult, seenValues } from "./result.js";

const NONE: readonly never[] = [];

/**
 * `index`: which case or tier applied, for the explanation and for fixture coverage. `none`: why there is no
 * amount although nothing is unknown (a value in no tier, no case holding); its `value` is then null.
 */
type Computed = {
  value: Outcome | null;
  label?: LocalText;
  index?: number;
  source?: string;
  none?: LocalText;
};
type Tiers = Extract<Computation, { kind: "tiers" }>;

/** `累计缴费月数 12 不在任何档次内`: a value no tier holds, said with the label of what the tiers read. */
function noTier(c: Tiers, n: Big): LocalText {
  const value = n.toString();
  return inEachLanguage((lang) =>
    say(lang, "words/note/noTier", { input: c.byLabel?.[lang] ?? say(lang, "words/note/tierInput"), value }),
  );
}
const NO_CASE = bothLanguages("words/note/noCase");

function compute(c: Computation, ctx: EvalContext): Computed {
  if (c.kind === "expression") return { value: c.expr.evaluate(ctx) };
  if (c.kind === "tiers") {
    const by = c.by.evaluate(ctx);
    if (by instanceof Unknown) return { value: by };
    const n = by as Big;
    const index = tierIndex(c.tiers, n, ctx);
    if (index instanceof Unknown) return { value: index };
    const tier = c.tiers[index];
    return tier
      ? { value: tier.value.evaluate(ctx), label: tier.label, index, source: tier.source }
      : { value: null, none: noTier(c, n) };
  }
  return firstMatch(c.cases, 0, ctx);
}

/**
 * The first case that holds. When a case's `when` is unknown, both branches are followed: if they agree the
 * amount is known anyway; if not, every field that could tip it is missing, not only those of the `when`.
 */
function firstMatch(cases: readonly Case[], from: number, ctx: EvalContext): Computed {
  for (let index = from; index < cases.length; index++) {
    const k = cases[index] as Case;
    const holds = k.when ? k.when.evaluate(ctx) : true;
    if (holds === true) return { value: k.value.evaluate(ctx), label: k.label, index, source: k.source };
    if (holds instanceof Unknown) {
      const then = k.value.evaluate(ctx);
      const otherwise = firstMatch(cases, index + 1, ctx).value;
      if (
        otherwise !== null &&
        !(then instanceof Unknown) &&
        !(otherwise instanceof Unknown) &&
        equal(then, otherwise)
      )
        return { value: then };
      return { value: mergeUnknown(holds, then, otherwise ?? false) };
    }
  }
  return { value: null, none: NO_CASE };
}

/** A month's value for the schedule: a month in no tier pays nothing known. */
function monthValue(c: Computed): Outcome {
  return c.value ?? NO_VALUE;
}
const NO_VALUE = new Unknown([]);

/** The compiled expressions of computations, in order. */
function computationExprs(...parts: (Computation | undefined)[]): Compiled[] {
  return parts.flatMap((c) =>
    !c
      ? []
      : c.kind === "expression"
        ? [c.expr]
        : c.kind === "tiers"
          ? [c.by, ...c.tiers.map((t) => t.value)]
          : c.cases.flatMap((k) => (k.when ? [k.when, k.value] : [k.value])),
  );
}

/** Whether a computation may depend on the as-of date, directly or through a named value (once per program). */
function readsDate(program: Program, c: Computation): boolean {
  let found = datedValues.get(program);
  if (found === undefined) {
    const exprs = [...computationExprs(c), ...(program.named ?? []).map((n) => n.expr)];
    found = exprs.some((e) => e.readsAsOf !== false);
    datedValues.set(program, found);
  }
  return found;
}
const datedValues = new WeakMap<Program, boolean>();

/** Why an amount has no value although no field is missing: a parameter no source publishes for that date. */
function unpublishedNote(program: Program, params: ParametersInForce, c: Computation | undefined) {
  for (const e of computationExprs(c))
    for (const name of e.params) {
      const p = program.parameters.get(name);
      if (p?.unpublished && !params.values.has(name) && !params.stale.has(name)) return p.unpublished;
    }
  return undefined;
}

/** The parameters an amount's value reads, directly or through named values. */
function valueParams(program: Program): string[] {
  let found = valueParamsOf.get(program);
  if (!found) {
    const exprs = [...computationExprs(program.amount?.value), ...(program.named ?? []).map((n) => n.expr)];
    found = [...new Set(exprs.flatMap((e) => [...e.params]))];
    valueParamsOf.set(program, found);
  }
  return found;
}
const valueParamsOf = new WeakMap<Program, string[]>();

/**
 * Why the value (or a month of the schedule) is unknown when a value it reads is past its horizon, with the
 * last known amount: the value computed with the last known parameters, or the last month known.
 */
function pastHorizonNote(
  program: Program,
  base: EvalContext,
  params: ParametersInForce,
  schedule: readonly { month: string; value: Big | null }[] | undefined,
  v: Big | null,
): LocalText | undefined {
  const rule = program.amount;
  if (!rule?.value) return undefined;
  const reads = valueParams(program);
  if (v === null) {
    if (!reads.some((n) => params.stale.has(n))) return undefined;
    const last = params.lastKnown();
    const ctx = withNamedValues(program, evalContext(base.fields, last.values, base.asOf, base.filters));
    const known = compute(rule.value, ctx).value;
    return staleNote(program, params, reads, known instanceof Big ? known : null, rule.per);
  }
  const gap = schedule?.findIndex((p) => p.value === null) ?? -1;
  if (!schedule || gap < 1) return undefined;
  const month = schedule[gap] as { month: string };
  const before = schedule[gap - 1] as { value: Big | null };
  return staleNote(program, parametersInForce(program, `${month.month}-01`), reads, before.value, rule.per);
}

/**
 * A program's amount for an eligible profile: value, months (with 大龄续发), the month-by-month schedule and
 * its total, the arithmetic; `missing` holds the fields that could still change it. Pure.
 */
export function computeAmount(
  program: Program,
  base: EvalContext,
  params: ParametersInForce,
  explain: boolean,
) {
  const rule = program.amount;
  if (!rule) return { amount: null, missing: [] as string[] };
  const facts = explain ? new Collected() : undefined;
  const ctx = traced(base, facts);
  const value = rule.value ? compute(rule.value, ctx) : undefined;
  const months = rule.months ? compute(rule.months, ctx) : undefined;
  const known = (o: Outcome | null | undefined) => (o instanceof Big ? o : null);
  const v = known(value?.value);
  let m = months ? known(months.value) : undefined;
  let continued: LocalText | undefined;
  let open: readonly string[] = NONE;
  let aside: Collected | undefined;
  if (rule.continueUntil && m) {
    // A date the profile leaves open is said in the continuation's sentence, not as `retirementDate(?, ?, ?) = ?`
    // among the arithmetic: the explanation records its computation only when it gives a date.
    const dated = !facts || rule.continueUntil.date.evaluate(base) instanceof Date;
    // Its records are left out, but the fields it read are facts of the amount (a birth date not given).
    aside = dated ? undefined : new Collected();
    const c = continuedMonths(program, rule.continueUntil, dated ? ctx : traced(base, aside), m.toNumber());
    const until = rule.continueUntil;
    const sentence =
      c.kind && { continued: until.text, stops: until.stops, possible: until.possible }[c.kind];
    if (facts && c.date && c.kind)
      facts.fact({ kind: "continued", date: c.date, from: m, to: c.months, why: c.kind });
    m = new Big(c.months);
    if (sentence) continued = fillSentence(sentence, program, ctx);
    if (c.open) open = c.open;
  }
  const unknown = open.length
    ? mergeUnknown(value?.value ?? false, months?.value ?? false, new Unknown(open))
    : mergeUnknown(value?.value ?? false, months?.value ?? false);
  // A value unknown for want of a field has no schedule; one unknown for want of a published figure still does.
  // Months that an unanswered field may cut short (`open`) have none either.
  const paid =
    rule.per === "month" &&
    m &&
    rule.value &&
    !open.length &&
    !value?.none &&
    !(value?.value instanceof Unknown && value.value.fields.length)
      ? m.toNumber()
      : 0;
  const dated = paid > 0 && readsDate(program, rule.value as Computation);
  // Without explanation a steady period needs no schedule: its total is value × months.
  const schedule =
    paid && !(!explain && steadyPeriod(program, base.asOf, paid, dated))
      ? paymentSchedule(
          program,
          base,
          paid,
          v,
          (c) => monthValue(compute(rule.value as Computation, c)),
          dated,
        )
      : undefined;
  const total = open.length ? null : schedule ? scheduleTotal(schedule) : v && m ? v.times(m) : null;
  if (facts && schedule?.some((p) => !(p.value === v || (p.value && v && p.value.eq(v)))))
    facts.fact({ kind: "total", runs: paidRuns(schedule), total });
  else if (facts && v && m && total) facts.fact({ kind: "total", runs: [{ value: v, months: m }], total });
  const read = facts && readsWith(facts, ctx);
  const written = rule.note && fillSentence(rule.note, program, ctx);
  const note =
    written ??
    value?.none ??
    months?.none ??
    (v === null ? unpublishedNote(program, params, rule.value) : undefined) ??
    pastHorizonNote(program, base, params, schedule, v);
  const amount: AmountResult = {
    value: v,
    per: rule.per,
    bound: rule.bound,
    kind: rule.kind,
    ...(months ? { months: m, total } : {}),
    case: value?.label && (explain ? fillSentence(value.label, program, ctx) : value.label),
    ...(months?.label
      ? {
          monthsCase: explain ? fillSentence(months.label, program, ctx) : months.label,
        }
      : {}),
    cases: { value: value?.index, months: months?.index },
    ...(value?.source || months?.source
      ? { caseSources: { value: value?.source, months: months?.source } }
      : {}),
    seen: read
      ? seenValues(
          [...new Set([...read.fields, ...(aside ? readsWith(aside, base).fields : NONE)])],
          base.fields,
        )
      : NONE,
    parameters: read ? params.named(read.params) : NONE,
    note,
    ...(schedule ? { schedule } : {}),
    ...(rule.per === "month" && m && !open.length ? periodOf(base.asOf, m.toNumber()) : {}),
    ...(continued ? { continued } : {}),
    ...(facts?.notes.length ? { notes: facts.notes } : {}),
    ...(facts ? { records: facts.records } : {}),
    ...(explain && !v && rule.value ? possibleOf(possibleAmounts(rule.value, base)) : {}),
  };
  // An amount open for want of a published value (`param:…`) is explained by its notes; it is not something
  // the person could supply. Other gaps (no tier, no case) stay named.
  const missing = unknown.fields.length ? unknown.fields.filter((f) => !f.startsWith("param:")) : NONE;
  return { amount, missing };
}

/** The months a monthly amount pays, from the as-of month: `{ period: { from, to } }`, or nothing for no month. */
function periodOf(asOf: Date, months: number): { period?: { from: string; to: string } } {
  if (!(months >= 1 && months <= 600)) return {};
  const month = (d: Date) => formatIsoDate(d).slice(0, 7);
  const last = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + Math.ceil(months) - 1, 1));
  return { period: { from: month(asOf), to: month(last) } };
}
