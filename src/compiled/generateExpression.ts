import Big from "big.js";
import { compare, equal } from "../expr/operators.js";
import type { Node } from "../expr/parse.js";
import { formatIsoDate, mergeTwo, mergeUnknown, type Outcome, Unknown, type Value } from "../expr/values.js";
import { type Emitter, emitter, type Reads, Unsupported } from "./emitExpression.js";
import type { TakenFields } from "./taken.js";

/** What a generated expression returns when it cannot decide alone: the interpreter then decides. */
export const UNDECIDED: unique symbol = Symbol("undecided");

/**
 * A rule expression as straight-line JavaScript for the lean path: it reads the fields, parameters (and
 * named values) and date directly and returns the outcome when every step is one it generates. A field the
 * profile leaves blank is an unknown naming it, carried through comparisons, arithmetic, `not`, `and`, `or`
 * and calls with the interpreter's own steps (`mergeUnknown`, so the fields come in its order; `orderOp` for
 * an unknown with bounds, such as a retirement date of an unknown sex). A parameter not in force, an unknown
 * table key or default, an unknown the interpreter rewords (`unknownAsks`), a missing table entry and a
 * division by zero return UNDECIDED, and the caller runs the interpreter's closure, which alone words those —
 * so the outcome is the interpreter's by construction. Given `taken`, it records there the fields whose `??` default it took,
 * as the interpreter's tracer records them (a stated assumption holds), without tracing anything else.
 */
export type Decide = (
  fields: ReadonlyMap<string, Value>,
  params: ReadonlyMap<string, Value>,
  asOf: Date,
  taken?: TakenFields,
) => Outcome | typeof UNDECIDED;

/** Reads straight from the maps, each where the expression reads it. */
export const DIRECT: Reads = {
  field: (path) => `F.get(${JSON.stringify(path)})`,
  param: (name) => `P.get(${JSON.stringify(name)})`,
  giveUp: "return U;",
};

/** The generated function for an expression's syntax tree, or undefined when it uses a step not generated. */
export function generateExpression(ast: Node): Decide | undefined {
  const code = emitter(DIRECT);
  const lines: string[] = [];
  let result: string;
  try {
    result = code.emit(ast, lines);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return compileFunction("decide", code, [...lines, `return ${result};`]) as Decide;
}

/** The function `name(F, P, D, T)` of the statements an emitter made, with the runtime they name. */
export function compileFunction(name: string, code: Emitter, statements: readonly string[]): unknown {
  const vars = Array.from({ length: code.temps() }, (_, i) => `t${i}`).join(", ");
  const body = `return function ${name}(F, P, D, T) {\n ${vars ? `var ${vars};` : ""}\n ${statements.join("\n ")}\n};`;
  const make = new Function("K", "U", "Unk", "MU", "MU2", "Big", "EQ", "CMP", "fmtDate", body);
  return make(code.consts, UNDECIDED, Unknown, mergeUnknown, mergeTwo, Big, equal, compare, formatIsoDate);
}
