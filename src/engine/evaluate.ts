import type { Profile } from "../profile/profile.js";
import type { Program } from "../rules/program.js";
import { type AsOf, type EvaluateOptions, evaluateProgram } from "./evaluateProgram.js";
import type { Evaluation, Exclusion, ProgramResult } from "./result.js";

/** Evaluate a profile against programs on one date. Pure: no I/O. */
export function evaluate(
  programs: Iterable<Program>,
  profile: Profile,
  asOf: AsOf,
  options?: EvaluateOptions,
): Evaluation {
  const results = [];
  for (const program of programs) results.push(evaluateProgram(program, profile, asOf, options));
  const reference = profile.fields.get("case.reference");
  return {
    asOf: asOf.text,
    results: withExclusions(results),
    ...(typeof reference === "string" ? { reference } : {}),
  };
}

/**
 * Programs that cannot be paid together (a rule's `excludes`, either way round): when both are eligible,
 * each result names the other, so the caseworker sees a choice instead of two payments.
 */
export function withExclusions(results: readonly ProgramResult[]): ProgramResult[] {
  const eligible = new Map(results.filter((r) => r.status === "eligible").map((r) => [r.program.id, r]));
  if (eligible.size < 2) return [...results];
  return results.map((r) => {
    if (r.status !== "eligible") return r;
    const exclusions: Exclusion[] = [];
    for (const other of eligible.values()) {
      if (other === r) continue;
      const excludes =
        r.program.excludes?.includes(other.program.id) || other.program.excludes?.includes(r.program.id);
      if (excludes) exclusions.push({ program: other.program.id, title: other.program.title });
    }
    return exclusions.length ? { ...r, exclusions } : r;
  });
}

/**
 * One program's result with its exclusions, evaluating only the programs it is exclusive with (for fixtures,
 * which evaluate one program at a time).
 */
export function withExclusionsAmong(
  result: ProgramResult,
  programs: Iterable<Program>,
  profile: Profile,
  asOf: AsOf,
): ProgramResult {
  if (result.status !== "eligible") return result;
  const id = result.program.id;
  const related = [...programs].filter(
    (p) => p.id !== id && (result.program.excludes?.includes(p.id) || p.excludes?.includes(id)),
  );
  if (!related.length) return result;
  const others = related.map((p) => evaluateProgram(p, profile, asOf, { explain: false }));
  return withExclusions([result, ...others])[0] as ProgramResult;
}
