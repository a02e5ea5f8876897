import type Big from "big.js";
import type { Outcome } from "./values.js";

// Structured steps of an evaluation, recorded only when an explanation is wanted (`EvalContext.records`).
// They sit beside the engine-level `trace` strings and let a renderer word the same arithmetic for people.

/** One side of a comparison: its value and what it was computed from. */
export interface ComparisonSide {
  readonly value: Outcome;
  readonly unit?: string;
  /** Profile fields and parameters this side reads, and whether it reads the as-of date. */
  readonly fields: readonly string[];
  readonly params: readonly string[];
  readonly asOf: boolean;
  /** Set when the side is nothing but this field path or parameter name (no computation). */
  readonly name?: string;
  /** Set when the side is a literal written in the rule. */
  readonly literal?: boolean;
}

/** `a >= b`, `a == b` …: what was compared and how it came out (null = unknown). */
export interface ComparisonRecord {
  readonly kind: "compare";
  readonly op: "<" | "<=" | ">" | ">=" | "==" | "!=";
  readonly left: ComparisonSide;
  readonly right: ComparisonSide;
  readonly result: boolean | null;
}

/** `table[key]`: an entry of a table parameter, `undefined` when it has none. */
export interface LookupRecord {
  readonly kind: "lookup";
  readonly table: string;
  readonly key: string;
  readonly value: Outcome | undefined;
  readonly unit?: string;
}

/** An operand of an arithmetic step, named when it is a bare field or parameter. */
export interface Operand {
  readonly value: Big;
  readonly unit?: string;
  readonly name?: string;
}

/** `left op right = result` on exact decimals. */
export interface ArithmeticRecord {
  readonly kind: "arithmetic";
  readonly op: "+" | "−" | "×" | "÷";
  readonly left: Operand;
  readonly right: Operand;
  readonly result: Big;
  readonly unit?: string;
}

/** A call of a whitelisted function with known arguments. */
export interface CallRecord {
  readonly kind: "call";
  readonly name: string;
  readonly args: readonly Outcome[];
  readonly result: Outcome;
}

export type ExplainRecord = ComparisonRecord | LookupRecord | ArithmeticRecord | CallRecord;
