import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";
import { type AsOf, type EvaluateOptions, evaluateProgram } from "./evaluateProgram.js";
import type { Evaluation } from "./result.js";

/** Evaluate a profile against programs on one date. Pure: no I/O. */
export function evaluate(
  programs: Iterable<Program>,
  profile: Profile,
  asOf: AsOf,
  options?: EvaluateOptions,
): Evaluation {
  const results = [];
  for (const program of programs) results.push(evaluateProgram(program, profile, asOf, options));
  return { asOf: asOf.text, results };
}
