import Big from "big.js";
import type { ExplainRecord } from "../expr/explainRecord.js";
import { equal } from "../expr/operators.js";
import type { Compiled, EvalContext } from "../expr/types.js";
import { mergeUnknown, type Outcome, parseIsoDate, Unknown } from "../expr/values.js";
import type { Profile } from "../profile/profile.js";
import { isWithin } from "../profile/regionWithin.js";
import { fillPlaceholders } from "../rules/placeholders.js";
import type { Case, Computation, LocalText, Program } from "../rules/program.js";
import { type ParametersInForce, parametersInForce } from "./parametersInForce.js";
import { possibleAmounts, possibleOf } from "./possibleAmounts.js";
import type {
  AmountResult,
  ConditionResult,
  FilterResult,
  NotApplicableReason,
  ProgramResult,
} from "./result.js";

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
  if (asOf.text < from || (to !== undefined && asOf.text > to)) return notApplicable(program, "not-in-force");
  const { section, field, code } = program.jurisdiction;
  if (!profile.sections.has(section)) return notApplicable(program, "no-section");
  const given = profile.fields.get(field) as string | undefined;
  // A coarser code that contains the jurisdiction (a city, for a district's program) cannot decide it: ask for more.
  const region = given !== undefined && given !== code && isWithin(code, given) ? undefined : given;
  if (region !== undefined && !isWithin(region, code)) return notApplicable(program, "outside-jurisdiction");

  const params = parametersInForce(program, asOf.text);
  const ctx: EvalContext = {
    fields: profile.fields,
    params: params.values,
    asOf: asOf.date,
    filters: program.filters.size ? new Map() : undefined,
  };
  const conditions: ConditionResult[] = [
    jurisdictionCondition(program, given, region !== undefined, explain),
  ];
  let anyFalse = false;
  let unknownFields: Set<string> | undefined = region === undefined ? new Set([field]) : undefined;
  let anyUnknown = region === undefined;
  for (const c of program.conditions) {
    const steps: string[] = explain ? [] : (NONE as never[]);
    const records: ExplainRecord[] = explain ? [] : (NONE as never[]);
    const outcome = c.test.evaluate(explain ? { ...ctx, trace: steps, records } : ctx);
    if (outcome === false) anyFalse = true;
    else if (outcome instanceof Unknown) {
      anyUnknown = true;
      unknownFields ??= new Set();
      for (const f of outcome.fields) unknownFields.add(f);
    }
    conditions.push({
      id: c.id,
      text: explain ? sentence(c.text, program, params) : c.text,
      result: outcome instanceof Unknown ? null : (outcome as boolean),
      seen: explain ? seen(c.test, profile) : NONE,
      parameters: explain ? params.usedBy(c.test) : NONE,
      steps,
      source: c.source,
      ...(explain ? { records } : {}),
    });
  }

  if (anyFalse || anyUnknown) {
    const status = anyFalse ? "ineligible" : "undetermined";
    const missing = anyFalse ? (region === undefined ? [field] : []) : [...(unknownFields ?? [])];
    return { program, status, amount: null, conditions, missing, filters: filterResults(program, ctx) };
  }
  const { amount, missing } = computeAmount(program, ctx, params, explain);
  return { program, status: "eligible", amount, conditions, missing, filters: filterResults(program, ctx) };
}

/** A sentence of the rule with its `{parameter}` placeholders filled from the values in force. */
function sentence(text: LocalText, program: Program, params: ParametersInForce): LocalText {
  return fillPlaceholders(text, params.values, (name) => program.parameters.get(name)?.unit);
}

function filterResults(program: Program, ctx: EvalContext): FilterResult[] | undefined {
  if (!program.filters.size) return undefined;
  const out: FilterResult[] = [];
  for (const f of program.filters.values()) {
    const outcome = ctx.filters?.get(f.filter.name);
    if (!outcome) continue;
    const conditions = f.conditions.map((c) => ({ id: c.id, text: c.text }));
    out.push({ name: f.filter.name, label: f.label, over: f.filter.over, conditions, items: outcome.items });
  }
  return out;
}

function notApplicable(program: Program, reason: NotApplicableReason): ProgramResult {
  return { program, status: "not-applicable", reason, amount: null, conditions: [], missing: [] };
}

type JurisdictionTexts = { readonly within: LocalText; readonly tooCoarse: LocalText };
const jurisdictionTexts = new WeakMap<Program, JurisdictionTexts>();

/** The sentences of the automatic jurisdiction condition, built once per program. */
function textsOf(program: Program): JurisdictionTexts {
  let texts = jurisdictionTexts.get(program);
  if (!texts) {
    const { code, name } = program.jurisdiction;
    const place = name ?? { zh: code, en: code };
    texts = {
      within: { zh: `属于${place.zh}（${code}）辖区`, en: `Within ${place.en} (${code})` },
      tooCoarse: {
        zh: `属于${place.zh}（${code}）辖区——所填地区代码范围更大，需要更具体的代码`,
        en: `Within ${place.en} (${code}) — the region code given is wider; a more precise code is needed`,
      },
    };
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

function seen(test: Compiled, profile: Profile) {
  return test.fields.map((field) => ({ field, value: profile.fields.get(field) }));
}

/** `index`: which case or tier applied, for the explanation and for fixture coverage. */
type Computed = { value: Outcome; label?: LocalText; index?: number };

function compute(c: Computation, ctx: EvalContext): Computed {
  if (c.kind === "expression") return { value: c.expr.evaluate(ctx) };
  if (c.kind === "tiers") {
    const by = c.by.evaluate(ctx);
    if (by instanceof Unknown) return { value: by };
    const n = by as Big;
    const index = c.tiers.findIndex(
      (t) => (t.from === undefined || n.gte(t.from)) && (t.below === undefined || n.lt(t.below)),
    );
    const tier = c.tiers[index];
    return tier ? { value: tier.value.evaluate(ctx), label: tier.label, index } : { value: new Unknown([]) };
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
    if (holds === true) return { value: k.value.evaluate(ctx), label: k.label, index };
    if (holds instanceof Unknown) {
      const then = k.value.evaluate(ctx);
      const otherwise = firstMatch(cases, index + 1, ctx).value;
      if (!(then instanceof Unknown) && !(otherwise instanceof Unknown) && equal(then, otherwise))
        return { value: then };
      return { value: mergeUnknown(holds, then, otherwise) };
    }
  }
  return { value: new Unknown([]) };
}

/** The profile fields an amount reads, in order of appearance. */
function computationFields(...parts: (Computation | undefined)[]): string[] {
  const fields = new Set<string>();
  for (const c of parts) {
    if (!c) continue;
    const exprs =
      c.kind === "expression"
        ? [c.expr]
        : c.kind === "tiers"
          ? [c.by, ...c.tiers.map((t) => t.value)]
          : c.cases.flatMap((k) => (k.when ? [k.when, k.value] : [k.value]));
    for (const e of exprs) for (const f of e.fields) fields.add(f);
  }
  return [...fields];
}

function computeAmount(program: Program, base: EvalContext, params: ParametersInForce, explain: boolean) {
  const rule = program.amount;
  if (!rule) return { amount: null, missing: [] as string[] };
  const steps: string[] = explain ? [] : (NONE as never[]);
  const records: ExplainRecord[] = explain ? [] : (NONE as never[]);
  const used = explain ? new Set<string>() : undefined;
  const ctx: EvalContext = used ? { ...base, trace: steps, usedParams: used, records } : base;
  const value = rule.value ? compute(rule.value, ctx) : undefined;
  const months = rule.months ? compute(rule.months, ctx) : undefined;
  const unknown = mergeUnknown(value?.value ?? false, months?.value ?? false);
  const known = (o: Outcome | undefined) => (o instanceof Big ? o : null);
  const v = known(value?.value);
  const m = months ? known(months.value) : undefined;
  const total = v && m ? v.times(m) : null;
  if (explain && v && m && total) steps.push(`${v.toString()} × ${m.toString()} = ${total.toString()}`);
  const amount: AmountResult = {
    value: v,
    per: rule.per,
    bound: rule.bound,
    ...(months ? { months: m, total } : {}),
    case: value?.label && explain ? sentence(value.label, program, params) : value?.label,
    cases: { value: value?.index, months: months?.index },
    steps,
    seen: explain
      ? computationFields(rule.value, rule.months).map((field) => ({ field, value: base.fields.get(field) }))
      : NONE,
    parameters: used ? params.named(used) : NONE,
    note: rule.note,
    ...(explain ? { records } : {}),
    ...(explain && !v && rule.value ? possibleOf(possibleAmounts(rule.value, base)) : {}),
  };
  return { amount, missing: unknown.fields };
}
