import type { ExplainRecord } from "./explainRecord.js";
import type { EvalContext } from "./types.js";

/** A sentence pair an explanation carries (a function's reason why a value stays unknown). */
export type NoteText = { readonly zh: string; readonly en: string };

/**
 * What an evaluation tells whoever explains it: facts, in the order they happen. Compiled closures call it only
 * when `EvalContext.tracer` is set, so an evaluation without explanation (batch) allocates nothing for it.
 */
export interface Tracer {
  /** A parameter (or named value) was read. */
  parameter(name: string): void;
  /** A comparison, table lookup, arithmetic step or function call, with its values. */
  fact(fact: ExplainRecord): void;
  /** The same step in the analysts' notation (`3333 × 5% = 166.65`), for `--trace`. */
  step(text: string): void;
  /** A field or parameter a function left unread for these values (a man's original retirement age). */
  unread(name: string): void;
  /** A profile field whose `??` default was taken; `needed: false` when the call that read it did not use it. */
  defaulted(field: string, needed?: boolean): void;
  /** Why a value is unknown although its fields are given (a region code too coarse for a table). */
  note(text: NoteText): void;
}

/** The facts of one node of an explanation (a condition, an amount), collected in order. */
export class Collected implements Tracer {
  readonly params = new Set<string>();
  readonly records: ExplainRecord[] = [];
  readonly steps: string[] = [];
  readonly unreadNames = new Set<string>();
  readonly defaultedFields = new Set<string>();
  readonly notes: NoteText[] = [];
  parameter(name: string): void {
    this.params.add(name);
  }
  fact(fact: ExplainRecord): void {
    this.records.push(fact);
  }
  step(text: string): void {
    this.steps.push(text);
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
