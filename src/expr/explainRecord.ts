import type Big from "big.js";
import type { Outcome } from "./values.js";

// The explanation tree: the facts of an evaluation, recorded only when an explanation is wanted (a tracer is
// set). Every view words them: the plain view for people, the trace notation (src/explain/notation.ts) for
// analysts, JSON `steps`, fixture `explain:`. Facts only (values, units, names, codes), never sentences.

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
  /** Set when the operand is `count(filter)`: the filter whose records it counts (persons, for hires). */
  readonly counts?: string;
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

/** A call of a whitelisted function with known arguments (`retirementDate(1965-03-15, male) = 2025-04-15`). */
export interface CallRecord {
  readonly kind: "call";
  readonly name: string;
  readonly args: readonly Outcome[];
  readonly result: Outcome;
  /** What the function returns: a computed date or number is shown in the notation, a test is not. */
  readonly returns: string;
  /** Arguments the call did not read for these values (a man's original retirement age). */
  readonly unused?: readonly number[];
}

/** 大龄续发: the months of payment continued (or not) to a date; `why` says which of the rule's sentences. */
export interface ContinuedRecord {
  readonly kind: "continued";
  readonly date: Date;
  readonly from: Big;
  readonly to: number;
  readonly why: "continued" | "stops" | "possible";
}

/** A stretch of months paid at one value (`from`, `to`: `YYYY-MM`, absent for a steady value × months). */
export interface PaidRun {
  readonly value: Big | null;
  readonly months: Big;
  readonly from?: string;
  readonly to?: string;
}

/** The total of an amount over its months: one run (value × months) or the schedule's runs; null when unknown. */
export interface TotalRecord {
  readonly kind: "total";
  readonly runs: readonly PaidRun[];
  readonly total: Big | null;
}

export type ExplainRecord =
  | ComparisonRecord
  | LookupRecord
  | ArithmeticRecord
  | CallRecord
  | ContinuedRecord
  | TotalRecord;
