import type Big from "big.js";
import type { LawUnknown, ProgramResult, Status } from "../engine/result.js";
import type { Profile } from "../profile/profile.js";
import type { AmountKind, LocalText } from "../rules/program.js";

/** What a batch keeps of one program's result: the verdict and the money, no explanation. */
export interface Outcome {
  readonly status: Status;
  /** Yuan per `per`; null when there is no amount or it depends on unknown fields. */
  readonly value: Big | null;
  readonly per?: "once" | "month";
  /** An upper bound, not the sum paid (eval's 最高): absent for an exact amount. */
  readonly bound?: "at-most";
  /** Whose money it is, when not paid to the person (a deposit the person pays in, a sum paid to an employer). */
  readonly kind?: Exclude<AmountKind, "paid-to-person">;
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
  /** Not applicable because the evaluation date is outside the program's time in force (eval's reason). */
  readonly notInForce?: true;
  /** Past the program's horizon: whether it still runs is not known (the engine's reason, shared, frozen). */
  readonly lawUnknown?: LawUnknown;
}

/** One outcome per shared result: apart for an undetermined one by whether the record gives the program's place. */
const SHARED = new WeakMap<ProgramResult, Outcome>();
const SHARED_ELSEWHERE = new WeakMap<ProgramResult, Outcome>();

/**
 * The batch view of a program result on `profile`. A result the lean evaluator shares between profiles (frozen)
 * has one outcome, made once, or two when undetermined: the profile is read only for whether it gives the place.
 */
export function outcomeOf(r: ProgramResult, profile: Profile): Outcome {
  if (!Object.isFrozen(r)) return viewOf(r, profile);
  const shared = placeNotGiven(r, profile) ? SHARED_ELSEWHERE : SHARED;
  let found = shared.get(r);
  if (!found) {
    found = Object.freeze(viewOf(r, profile));
    shared.set(r, found);
  }
  return found;
}

function viewOf(r: ProgramResult, profile: Profile): Outcome {
  const a = r.amount;
  // Built property by property (no spread objects): most rows' outcomes are undetermined, made per row.
  const o: { -readonly [K in keyof Outcome]: Outcome[K] } = a
    ? {
        status: r.status,
        value: a.value,
        per: a.per,
        total: a.per === "once" ? a.value : (a.total ?? null),
        missing: r.missing,
      }
    : { status: r.status, value: null, total: null, missing: r.missing };
  if (a?.bound === "at-most") o.bound = "at-most";
  if (a && a.kind !== "paid-to-person") o.kind = a.kind;
  if (a?.months !== undefined) o.months = a.months;
  if (r.caveats?.length) o.caveats = r.caveats.map((c) => c.text);
  if (r.priority) o.priority = r.priority.result;
  if (r.exclusions?.length) o.exclusions = r.exclusions.map((e) => e.program);
  const assumed = assumedIn(r);
  if (assumed) o.assumed = assumed;
  if (placeNotGiven(r, profile)) o.elsewhere = true;
  if (r.lawUnknown) o.lawUnknown = r.lawUnknown;
  if (r.status === "not-applicable" && r.reason === "not-in-force") o.notInForce = true;
  return o;
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
 * The stated assumptions a decision rests on, once each: a decided condition whose default was taken, as the
 * evaluator saw it (`ConditionResult.assumed`, the same as `eval`'s), never guessed from blank fields.
 */
function assumedIn(r: ProgramResult): LocalText[] | undefined {
  if (r.status === "not-applicable") return undefined;
  let texts: Map<string, LocalText> | undefined;
  for (const c of r.conditions)
    if (c.assumed && c.result !== null) {
      texts ??= new Map();
      texts.set(c.assumed.zh, c.assumed);
    }
  return texts ? [...texts.values()] : undefined;
}

/** Undetermined, with the program's place the open question: the record does not say where the person is. */
function placeNotGiven(r: ProgramResult, profile: Profile): boolean {
  if (r.status !== "undetermined" || profile.fields.has(r.program.jurisdiction.field)) return false;
  return r.conditions.find((c) => c.id === "in-jurisdiction")?.result === null;
}

/** What a program's amount is, when not an exact sum paid to the person: said in its columns and its summary. */
export interface AmountShape {
  readonly bound: "exact" | "at-most";
  readonly kind: AmountKind;
}

/** The programs whose amount is a ceiling or not money paid to the person, by id. */
export function amountShapes(
  programs: readonly { readonly id: string; readonly amount?: AmountShape }[],
): Map<string, AmountShape> {
  const shapes = new Map<string, AmountShape>();
  for (const p of programs)
    if (p.amount && (p.amount.bound === "at-most" || p.amount.kind === "paid-by-person"))
      shapes.set(p.id, { bound: p.amount.bound, kind: p.amount.kind });
  return shapes;
}
