import { Collected, traced } from "../expr/tracer.js";
import type { EvalContext } from "../expr/types.js";
import { type Outcome, Unknown, type Value } from "../expr/values.js";
import { fillPlaceholders } from "../rules/placeholders.js";
import type { LocalText, Program } from "../rules/program.js";

/** A named value as the explanation shows it, once per program: `retirement = 2050-01-01`. */
export interface NamedValueResult {
  readonly name: string;
  readonly label: LocalText;
  /** null when it depends on a field the profile does not give. */
  readonly value: Value | null;
  readonly unit?: string;
}

/** The profile fields and parameters an evaluation read. */
export interface Reads {
  readonly fields: readonly string[];
  readonly params: readonly string[];
}

// What each named value read, per evaluation (keyed by the evaluation's parameter map), when explaining.
const namedReads = new WeakMap<ReadonlyMap<string, Value>, ReadonlyMap<string, Reads>>();

/**
 * The context with the program's named values computed once, in order, and readable by name like
 * parameters (an unknown value stays an Unknown, naming the fields it needs). When `explain`, what each read is
 * kept, so that an expression reading one is explained by the facts it rests on (`readsWith`).
 */
export function withNamedValues(program: Program, ctx: EvalContext, explain = false): EvalContext {
  if (!program.named?.length) return ctx;
  const params = new Map<string, Value>(ctx.params);
  const out: EvalContext = { ...ctx, params };
  const reads = explain ? new Map<string, Reads>() : undefined;
  for (const n of program.named) {
    const facts = reads && new Collected();
    params.set(n.name, n.expr.evaluate(facts ? traced(out, facts) : out) as Value);
    if (reads && facts) reads.set(n.name, expand(facts, reads));
  }
  if (reads) namedReads.set(params, reads);
  return out;
}

/** What an evaluation read, with what the named values it read read in turn (a retirement date's birth date). */
export function readsWith(facts: Collected, ctx: EvalContext): Reads {
  return expand(facts, namedReads.get(ctx.params));
}

function expand(facts: Collected, named: ReadonlyMap<string, Reads> | undefined): Reads {
  const fields = new Set(facts.fieldsRead());
  const params = new Set(facts.paramsRead());
  for (const name of facts.paramsRead()) {
    const inner = named?.get(name);
    for (const f of inner?.fields ?? []) fields.add(f);
    for (const p of inner?.params ?? []) params.add(p);
  }
  return { fields: [...fields], params: [...params] };
}

/** The named values of an evaluation, for the explanation. */
export function namedValueResults(program: Program, ctx: EvalContext): NamedValueResult[] | undefined {
  if (!program.named?.length) return undefined;
  return program.named.map((n) => {
    const v = ctx.params.get(n.name) as Outcome | undefined;
    return {
      name: n.name,
      label: n.label,
      unit: n.expr.unit,
      value: v === undefined || v instanceof Unknown ? null : (v as Value),
    };
  });
}

/**
 * A rule's sentence with each `{name}` filled from the parameters in force and the named values of this evaluation
 * (`?` while a named value is unknown). The one filler for every sentence: conditions, caveats, assumptions, cases,
 * notes, the continuation.
 */
export function fillSentence(text: LocalText, program: Program, ctx: EvalContext): LocalText {
  return fillPlaceholders(text, ctx.params as ReadonlyMap<string, Value>, (name) => unitOf(program, name));
}

function unitOf(program: Program, name: string): string | undefined {
  return program.parameters.get(name)?.unit ?? program.named?.find((n) => n.name === name)?.expr.unit;
}
