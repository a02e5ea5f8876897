import type { EvalContext } from "../expr/types.js";
import { formatValue, type Outcome, Unknown, type Value } from "../expr/values.js";
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

/** A text with each `$name` replaced by that named value (`?` while unknown). */
export function fillNamed(text: LocalText, ctx: EvalContext): LocalText {
  if (!text.zh.includes("$") && !text.en.includes("$")) return text;
  const fill = (s: string) =>
    s.replace(/\$([a-zA-Z][a-zA-Z0-9]*)/g, (whole, name: string) => {
      const v = ctx.params.get(name) as Outcome | undefined;
      return v === undefined ? whole : formatValue(v);
    });
  return { zh: fill(text.zh), en: fill(text.en) };
}
