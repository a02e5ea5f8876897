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

/** Count decided programs among those that apply (not-applicable ones are left out of the total). */
export function progressOf(evaluation: Evaluation): Progress {
  const applicable = evaluation.results.filter((r) => r.status !== "not-applicable");
  const open = applicable.filter(isOpen);
  return {
    decided: applicable.length - open.length,
    total: applicable.length,
    eligible: applicable.filter((r) => r.status === "eligible" && !isOpen(r)).length,
    ineligible: applicable.filter((r) => r.status === "ineligible").length,
  };
}
