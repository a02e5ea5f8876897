import type { ExplainRecord } from "./explainRecord.js";
import type { EvalContext, NoteText, Tracer } from "./types.js";

/** The facts of one node of an explanation (a condition, an amount), collected in order. */
export class Collected implements Tracer {
  readonly params = new Set<string>();
  readonly records: ExplainRecord[] = [];
  readonly unreadNames = new Set<string>();
  readonly defaultedFields = new Set<string>();
  readonly notes: NoteText[] = [];
  parameter(name: string): void {
    this.params.add(name);
  }
  fact(fact: ExplainRecord): void {
    this.records.push(fact);
  }
  unread(name: string): void {
    this.unreadNames.add(name);
  }
  defaulted(field: string, needed = true): void {
    if (needed) this.defaultedFields.add(field);
    else this.defaultedFields.delete(field);
  }
  note(text: NoteText): void {
    this.notes.push(text);
  }
  mark(): number {
    return this.records.length;
  }
  drop(from: number, to: number): void {
    this.records.splice(from, to - from);
  }
}

/**
 * The one way to make an evaluation context: every context has the same keys in the same order, so the
 * compiled closures see one object shape (V8 keeps their property reads monomorphic on the batch path).
 */
export function evalContext(
  fields: EvalContext["fields"],
  params: EvalContext["params"],
  asOf: Date,
  filters?: EvalContext["filters"],
  tracer?: Tracer,
): EvalContext {
  return { fields, params, asOf, filters, tracer, item: undefined, itemPath: undefined };
}

/** The same context with another tracer (or none: `quiet` re-evaluations for the explanation). */
export function traced(ctx: EvalContext, tracer: Tracer | undefined): EvalContext {
  return ctx.tracer === tracer ? ctx : { ...ctx, tracer };
}
