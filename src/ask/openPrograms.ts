import type { Evaluation, ProgramResult } from "../engine/result.js";

/**
 * Still open: an answer could change the status or the amount. An ineligible program whose place is unknown
 * lists the place as missing (ineligible or not applicable), but either way it pays nothing: it is decided.
 */
export function isOpen(r: ProgramResult): boolean {
  return r.missing.length > 0 && (r.status === "undetermined" || r.status === "eligible");
}

/** The running score: of the programs that apply, how many are decided, and how. */
export interface Progress {
  readonly decided: number;
  readonly total: number;
  readonly eligible: number;
  readonly ineligible: number;
}

/**
 * Count decided programs among those that apply (not-applicable ones are left out of the total). Decided means
 * eligible (nothing left to ask) or ineligible; an undetermined one stays open even when no answer can settle it
 * (a programme past its horizon, law3 F2), so the three counts always add up to the total.
 */
export function progressOf(evaluation: Evaluation): Progress {
  const applicable = evaluation.results.filter((r) => r.status !== "not-applicable");
  const eligible = applicable.filter((r) => r.status === "eligible" && !isOpen(r)).length;
  const ineligible = applicable.filter((r) => r.status === "ineligible").length;
  return { decided: eligible + ineligible, total: applicable.length, eligible, ineligible };
}
