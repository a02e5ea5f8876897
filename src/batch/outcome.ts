import type Big from "big.js";
import type { ProgramResult, Status } from "../engine/result.js";
import type { Profile } from "../profile/profile.js";
import { defaultedFields } from "../rules/caseAnalysis.js";
import type { Condition, LocalText } from "../rules/program.js";

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
  /** Grounds the caseworker must confirm (PRODUCT §3), when any apply. */
  readonly caveats?: readonly LocalText[];
  /** Present when the program ranks applicants (优先): true, false or null (unknown). */
  readonly priority?: boolean | null;
  /** Ids of other eligible programs that cannot be paid together with this one. */
  readonly exclusions?: readonly string[];
  /** Stated assumptions the decision rests on (a blank field read as its default), when any. */
  readonly assumed?: readonly LocalText[];
  /** Undetermined only because the record does not give the program's place (it concerns the person only there). */
  readonly elsewhere?: true;
}

/** The batch view of a program result on `profile`. */
export function outcomeOf(r: ProgramResult, profile: Profile): Outcome {
  const notes = {
    ...(r.caveats?.length ? { caveats: r.caveats.map((c) => c.text) } : {}),
    ...(r.priority ? { priority: r.priority.result } : {}),
    ...(r.exclusions?.length ? { exclusions: r.exclusions.map((e) => e.program) } : {}),
    ...assumedIn(r, profile),
    ...(placeNotGiven(r, profile) ? { elsewhere: true as const } : {}),
  };
  const a = r.amount;
  if (!a) return { status: r.status, value: null, total: null, missing: r.missing, ...notes };
  const total = a.per === "once" ? a.value : (a.total ?? null);
  return {
    status: r.status,
    value: a.value,
    per: a.per,
    ...(a.months !== undefined ? { months: a.months } : {}),
    total,
    missing: r.missing,
    ...notes,
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

/**
 * The stated assumptions a decision rests on, once each: a condition that `assumes` something, decided although
 * a field it reads with a default is blank (batch evaluates without explanation, so the default is seen from the
 * outside; a blank field the condition reads without a default is no assumption).
 */
function assumedIn(r: ProgramResult, profile: Profile): { assumed?: LocalText[] } {
  if (r.status === "not-applicable") return {};
  const texts = new Map<string, LocalText>();
  for (const c of r.program.conditions) {
    if (!c.assumes || !defaultedIn(c).some((f) => !profile.fields.has(f))) continue;
    if (r.conditions.find((d) => d.id === c.id)?.result === null) continue;
    texts.set(c.assumes.zh, c.assumes);
  }
  return texts.size ? { assumed: [...texts.values()] } : {};
}

const DEFAULTED = new WeakMap<Condition, readonly string[]>();

/** The fields a condition reads with a default (`x ?? d`): only such a field, blank, makes its assumption hold. */
function defaultedIn(c: Condition): readonly string[] {
  let fields = DEFAULTED.get(c);
  if (!fields) {
    fields = c.test.ast ? defaultedFields(c.test.ast) : c.test.fields;
    DEFAULTED.set(c, fields);
  }
  return fields;
}

/** Undetermined, with the program's place the open question: the record does not say where the person is. */
function placeNotGiven(r: ProgramResult, profile: Profile): boolean {
  if (r.status !== "undetermined" || profile.fields.has(r.program.jurisdiction.field)) return false;
  return r.conditions.find((c) => c.id === "in-jurisdiction")?.result === null;
}
