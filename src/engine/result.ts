import type Big from "big.js";
import type { ExplainRecord } from "../expr/explainRecord.js";
import type { ItemOutcome } from "../expr/types.js";
import type { Value } from "../expr/values.js";
import type { Message } from "../messages/index.js";
import type { AmountKind, DatedValue, LocalText, Program } from "../rules/program.js";
import type { NamedValueResult } from "./namedValues.js";

export type Status = "eligible" | "ineligible" | "undetermined" | "not-applicable";

/** Why a program does not apply to the profile. */
export type NotApplicableReason = "not-in-force" | "outside-jurisdiction" | "no-section";

/** A field value the explanation shows; `undefined` when the profile does not say. */
export type SeenValue = { readonly field: string; readonly value: Value | undefined };

/** The values of the fields an evaluation read, as the explanation shows them. */
export function seenValues(fields: readonly string[], given: ReadonlyMap<string, Value>): SeenValue[] {
  return fields.map((field) => ({ field, value: given.get(field) }));
}

/** A parameter value the evaluation used, with when it took effect. */
export type UsedParameter = {
  readonly name: string;
  readonly label: LocalText;
  readonly unit?: string;
} & DatedValue;

export interface ConditionResult {
  readonly id: string;
  readonly text: LocalText;
  readonly result: boolean | null;
  readonly seen: readonly SeenValue[];
  readonly parameters: readonly UsedParameter[];
  readonly source?: string;
  /** The explanation: comparisons with both sides, lookups, calls, in order (every view words them). */
  readonly records?: readonly ExplainRecord[];
  /** The condition's stated assumption, present when a defaulted field was missing and the default applied. */
  readonly assumed?: LocalText;
  /** Why the outcome is unknown although the fields are given, e.g. a region code too coarse to decide. */
  readonly notes?: readonly Message[];
}

/** One month of a monthly payment, at the parameters in force in that month; `value` null when unknown. */
export interface ScheduledPayment {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly value: Big | null;
}

/** Whether a program's priority conditions (优先) hold: true, false or null (unknown), with those conditions. */
export interface PriorityResult {
  readonly result: boolean | null;
  readonly conditions: readonly ConditionResult[];
  /** Fields whose answers could change the priority (never the status). */
  readonly missing: readonly string[];
}

/** A caveat that applies: its id in the rule file and its sentence. */
export interface CaveatResult {
  readonly id: string;
  readonly text: LocalText;
  /** For the currency caveat (`currency`): each value not confirmed for the date of the answer. */
  readonly currency?: readonly CurrencyFact[];
}

/** A value (or the program's term, without `parameter`) that no cited source confirms for the answer's date. */
export interface CurrencyFact {
  readonly parameter?: string;
  readonly label: LocalText;
  /** The date the value (or the program) took effect. */
  readonly since: string;
  /** The last date a cited source confirms it, and that source's id and title. */
  readonly confirmedOn?: string;
  readonly ref?: string;
  readonly source?: string;
  /** Past a known horizon: the date from which it is unknown, and why. */
  readonly unknownFrom?: string;
  readonly horizon?: LocalText;
  readonly horizonSource?: string;
}

/** Another program found eligible in the same evaluation that cannot be paid together with this one. */
export interface Exclusion {
  readonly program: string;
  readonly title: LocalText;
}

export interface AmountResult {
  readonly value: Big | null;
  readonly per: "once" | "month";
  readonly bound: "exact" | "at-most";
  /** Whose money it is (a deposit the person pays in is not money received). */
  readonly kind: AmountKind;
  readonly months?: Big | null;
  readonly total?: Big | null;
  /** The label of the case that applied, for amounts written as cases. */
  readonly case?: LocalText;
  /** The label of the case or tier that set the number of months. */
  readonly monthsCase?: LocalText;
  /** The source ids cited by the case or tier that applied (`source:` on a case), when they cite one. */
  readonly caseSources?: { readonly value?: string; readonly months?: string };
  /** Index of the case or tier that applied to the value and to the months. */
  readonly cases?: { readonly value?: number; readonly months?: number };
  /** The profile fields the amount read, with their values. */
  readonly seen: readonly SeenValue[];
  readonly parameters: readonly UsedParameter[];
  readonly note?: LocalText;
  /**
   * Month by month from the as-of month, each at the parameters in force in that month (monthly amounts with
   * a known number of months only); `total` is its sum.
   */
  readonly schedule?: readonly ScheduledPayment[];
  /**
   * The months paid (`YYYY-MM`, the as-of month first) of a monthly amount whose number of months is known, also
   * when each month's value is not (law3 F3: the months are said even when the money is unknown).
   */
  readonly period?: { readonly from: string; readonly to: string };
  /** Set when the payment period was extended (大龄续发): the rule's sentence saying so. */
  readonly continued?: LocalText;
  /** Why a value is unknown although the fields are given. */
  readonly notes?: readonly Message[];
  /** The explanation: lookups, arithmetic, calls, 大龄续发 and the total, in order (every view words them). */
  readonly records?: readonly ExplainRecord[];
  /** When unknown fields leave the value open: the values it can still take, or its least value. */
  readonly possible?: PossibleAmounts;
}

/** `2000 或 5000 元` (values) or `至少 4000 元` (atLeast, with atMost): what an amount can still be. */
export interface PossibleAmounts {
  readonly values?: readonly Big[];
  readonly atLeast?: Big;
  readonly atMost?: Big;
}

/** Which records of a list passed a filter, and which conditions the others failed. */
export interface FilterResult {
  readonly name: string;
  readonly label: LocalText;
  readonly over: string;
  readonly conditions: readonly { readonly id: string; readonly text: LocalText }[];
  readonly items: readonly ItemOutcome[];
}

/** One program's verdict on one profile, with everything needed to explain it. */
export interface ProgramResult {
  readonly program: Program;
  readonly status: Status;
  readonly reason?: NotApplicableReason;
  /** With `not-in-force`: whether the term ended (`inForce.to`) or has not begun (`inForce.from`) on the date. */
  readonly term?: "ended" | "not-begun";
  readonly amount: AmountResult | null;
  readonly conditions: readonly ConditionResult[];
  /** Dotted field paths whose answers could change the outcome. */
  readonly missing: readonly string[];
  readonly filters?: readonly FilterResult[];
  /** The rule's named values (`values:`), each computed once. */
  readonly named?: readonly NamedValueResult[];
  /** Present when the program ranks applicants (优先): the priority, never part of the status. */
  readonly priority?: PriorityResult;
  /** Grounds the caseworker must confirm (zh/en), on eligible and undetermined results. */
  readonly caveats?: readonly CaveatResult[];
  /** Eligible programs that cannot be paid together with this one (不得同时享受). */
  readonly exclusions?: readonly Exclusion[];
  /** Past the program's horizon: whether it still runs is not known, so the status is at best undetermined. */
  readonly lawUnknown?: LawUnknown;
}

/**
 * The law's horizon passed (`inForce.horizon`): from `from` no public source confirms the program still runs.
 * `ifInForce` is what it would pay if it still runs, when nothing else is missing.
 */
export interface LawUnknown {
  readonly from: string;
  readonly why: LocalText;
  readonly ref: string;
  readonly ifInForce?: AmountResult | null;
}

/** All programs' verdicts on one profile. */
export interface Evaluation {
  readonly asOf: string;
  readonly results: readonly ProgramResult[];
  /** The caseworker's file number (`case.reference`), printed in reports instead of anything personal. */
  readonly reference?: string;
}
