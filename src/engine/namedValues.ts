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

/**
 * The context with the program's named values computed once, in order, and readable by name like
 * parameters (an unknown value stays an Unknown, naming the fields it needs).
 */
export function withNamedValues(program: Program, ctx: EvalContext): EvalContext {
  if (!program.named?.length) return ctx;
  const params = new Map<string, Value>(ctx.params);
  const out: EvalContext = { ...ctx, params };
  for (const n of program.named) params.set(n.name, n.expr.evaluate(out) as Value);
  return out;
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
