import type { ExplainRecord } from "./explainRecord.js";
import type { EvalContext, NoteText, Tracer } from "./types.js";

/**
 * The facts of one node of an explanation (a condition, an amount), collected in order, with the fields and
 * parameters evaluation actually read: a branch never evaluated, or dropped as not deciding, is no fact of it.
 * A read is logged as its name alone (no object per read: the lean path traces conditions that take a default);
 * a field path always has a dot (`person.sex`) and a parameter or named value never has one.
 */
export class Collected implements Tracer {
  private readonly log: (ExplainRecord | string)[] = [];
  readonly defaultedFields = new Set<string>();
  readonly notes: NoteText[] = [];
  field(path: string): void {
    this.log.push(path);
  }
  parameter(name: string): void {
    this.log.push(name);
  }
  fact(fact: ExplainRecord): void {
    this.log.push(fact);
  }
  defaulted(field: string, needed = true): void {
    if (needed) this.defaultedFields.add(field);
    else this.defaultedFields.delete(field);
  }
  note(text: NoteText): void {
    this.notes.push(text);
  }
  mark(): number {
    return this.log.length;
  }
  drop(from: number, to: number, reads = false): void {
    if (reads) this.log.splice(from, to - from);
    else this.log.splice(from, to - from, ...this.log.slice(from, to).filter((e) => typeof e === "string"));
  }
  /** The explanation's records, in the order they happened. */
  get records(): ExplainRecord[] {
    return this.log.filter((e): e is ExplainRecord => typeof e !== "string");
  }
  /** The profile fields read, each once, in the order first read. */
  fieldsRead(): string[] {
    return this.reads(true);
  }
  /** The parameters and named values read, each once, in the order first read. */
  paramsRead(): string[] {
    return this.reads(false);
  }
  private reads(fields: boolean): string[] {
    const names = new Set<string>();
    for (const e of this.log) if (typeof e === "string" && e.includes(".") === fields) names.add(e);
    return [...names];
  }
}

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
