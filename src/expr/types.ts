import type { Message } from "../messages/index.js";
import type { ExplainRecord } from "./explainRecord.js";
import type { Node } from "./parse.js";
import type { Outcome, RecordValue, Value } from "./values.js";

/** The static type of an expression. */
export type Type =
  | { base: "boolean" | "number" | "date" }
  | { base: "string"; values?: readonly string[] }
  | { base: "list"; values?: readonly string[] }
  | { base: "records"; fields: ReadonlyMap<string, Declared> }
  | { base: "table"; keys: readonly string[]; of: Type }
  | { base: "any" };

/** A name an expression may read: a profile field, a record field or a parameter. */
export type Declared = { type: Type; unit?: string };

/** Everything an expression may read while it is checked. */
export interface Scope {
  field(path: string): Declared | undefined;
  fieldPaths(): Iterable<string>;
  param(name: string): Declared | undefined;
  paramNames(): Iterable<string>;
  /** Inside a filter's conditions: a field of the record being tested, by bare name. */
  recordField?(name: string): Declared | undefined;
  /** A filter over a list field, for `count(name)`. */
  filter?(name: string): Filter | undefined;
}

/** How one record of a list fared against a filter's conditions. */
export interface ItemOutcome {
  readonly index: number;
  readonly result: boolean | null;
  /** Ids of the filter's conditions this record failed. */
  readonly failed: readonly string[];
  /** Each condition's outcome for this record, in the filter's order (null = unknown). */
  readonly results: readonly (boolean | null)[];
  readonly values: RecordValue;
}

/** The records of a list field that pass all of a filter's conditions. */
export interface FilterOutcome {
  readonly count: Outcome;
  readonly items: readonly ItemOutcome[];
}

/** A named filter over a list field (e.g. the hires that qualify). */
export interface Filter {
  readonly name: string;
  readonly over: string;
  readonly evaluate: (ctx: EvalContext) => FilterOutcome;
}

/** A sentence pair an explanation carries (a function's reason why a value stays unknown). */
/** Why a value is unknown although its fields are given: a message, worded by the view. */
export type NoteText = Message;

/**
 * What an evaluation tells whoever explains it: facts, in the order they happen. Compiled closures call it only
 * when `EvalContext.tracer` is set, so an evaluation without explanation (batch) allocates nothing for it.
 */
export interface Tracer {
  /** A profile field was read (its value, or that the profile does not give it). */
  field(path: string): void;
  /** A parameter (or named value) was read. */
  parameter(name: string): void;
  /** A comparison, table lookup, arithmetic step, function call, 大龄续发 or total, with its values. */
  fact(fact: ExplainRecord): void;
  /** A profile field whose `??` default was taken; `needed: false` when the call that read it did not use it. */
  defaulted(field: string, needed?: boolean): void;
  /** Why a value is unknown although its fields are given (a region code too coarse for a table). */
  note(text: NoteText): void;
  /** How many facts (and reads) are recorded so far: a mark to `drop` back to. */
  mark(): number;
  /**
   * Forget the facts recorded in [from, to): a branch of an `or` that did not decide it. With `reads`, forget the
   * fields and parameters read there too: a branch left unknown that could not decide (an `and` another branch
   * fails), an argument a call left unread for these values (a man's original retirement age).
   */
  drop(from: number, to: number, reads?: boolean): void;
}

/** What evaluation reads: the profile's known fields, the parameters in force, the date. Make one with `evalContext`. */
export interface EvalContext {
  readonly fields: ReadonlyMap<string, Value>;
  readonly params: ReadonlyMap<string, Value>;
  readonly asOf: Date;
  /** Filter outcomes computed during this evaluation, reused by every `count` and the explanation. */
  readonly filters?: Map<string, FilterOutcome>;
  /** Set only when an explanation is wanted: it receives the facts of the evaluation. */
  readonly tracer?: Tracer;
  /** The record a filter is testing, and its path for unknown fields (`employer.hires[2]`). */
  readonly item?: RecordValue;
  readonly itemPath?: string;
}

/** A checked, compiled expression. */
export interface Compiled {
  readonly type: Type;
  readonly unit?: string;
  /** Profile fields the expression reads, in order of appearance. */
  readonly fields: readonly string[];
  /** Parameters the expression reads, in order of appearance. */
  readonly params: readonly string[];
  /** False when the value cannot depend on the as-of date (no `asOf`, no filter): a payment schedule reuses it. */
  readonly readsAsOf?: boolean;
  readonly evaluate: (ctx: EvalContext) => Outcome;
  /** The expression as written in the rule file, and its syntax tree, for `check`'s analyses. */
  readonly text?: string;
  readonly ast?: Node;
}

export const T = {
  boolean: { base: "boolean" },
  number: { base: "number" },
  date: { base: "date" },
  string: { base: "string" },
  any: { base: "any" },
} as const satisfies Record<string, Type>;

/** Human name of a type for messages. */
export function typeName(t: Type): string {
  if (t.base === "table") return `table of ${typeName(t.of)}`;
  return t.base;
}
