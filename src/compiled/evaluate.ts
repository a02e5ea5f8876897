import { type AsOf, type EvaluateOptions, evaluateProgram as interpret } from "../engine/evaluateProgram.js";
import type { ProgramResult } from "../engine/result.js";
import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";
import { type LeanEvaluate, leanEvaluator } from "./leanProgram.js";

const LEAN = new WeakMap<Program, LeanEvaluate>();
let last: Program | undefined;
let lastLean: LeanEvaluate;

/** A program's lean evaluator, compiled on first use and kept as long as the program. */
export function leanOf(program: Program): LeanEvaluate {
  // A batch or a bench asks for the same program row after row.
  if (program === last) return lastLean;
  let lean = LEAN.get(program);
  if (!lean) {
    lean = leanEvaluator(program);
    LEAN.set(program, lean);
  }
  last = program;
  lastLean = lean;
  return lean;
}

/**
 * Evaluate one program for one profile on one date (the library's entry). With an explanation (the default)
 * the interpreter explains every condition; with `explain: false` the program's lean evaluator (its rules
 * compiled to JavaScript) gives the same status, amount, missing fields, caveats, priority and `lawUnknown`, and
 * lists only the conditions left unknown or decided on an assumption. Its results may be shared between
 * profiles: they are frozen.
 */
export function evaluateProgram(
  program: Program,
  profile: Profile,
  asOf: AsOf,
  options: EvaluateOptions = {},
): ProgramResult {
  return options.explain === false
    ? leanOf(program)(profile, asOf)
    : interpret(program, profile, asOf, options);
}
