import type Big from "big.js";
import type { ProgramResult, Status } from "../engine/result.js";

/** What a batch keeps of one program's result: the verdict and the money, no explanation. */
export interface Outcome {
  readonly status: Status;
  /** Yuan per `per`; null when there is no amount or it depends on unknown fields. */
  readonly value: Big | null;
  readonly per?: "once" | "month";
  readonly months?: Big | null;
  /** Everything payable: the schedule's sum for a monthly amount with a duration, the value for a one-off. */
  readonly total: Big | null;
  readonly missing: readonly string[];
}

/** The batch view of a program result. */
export function outcomeOf(r: ProgramResult): Outcome {
  const a = r.amount;
  if (!a) return { status: r.status, value: null, total: null, missing: r.missing };
  const total = a.per === "once" ? a.value : (a.total ?? null);
  return {
    status: r.status,
    value: a.value,
    per: a.per,
    ...(a.months !== undefined ? { months: a.months } : {}),
    total,
    missing: r.missing,
  };
}

/** Whether two outcomes differ in anything a reform could change: status or money. */
export function outcomeChanged(a: Outcome, b: Outcome): boolean {
  return a.status !== b.status || !sameBig(a.value, b.value) || !sameBig(a.total, b.total);
}

function sameBig(a: Big | null | undefined, b: Big | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return a.eq(b);
}
