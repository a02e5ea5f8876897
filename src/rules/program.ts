import type Big from "big.js";
import type { Compiled, Filter } from "../expr/types.js";
import type { Value } from "../expr/values.js";
import type { AmountKind } from "../messages/batch/params.js";
import type { LocalText, RuleFile } from "./schema.js";
import type { NamedValue } from "./types.js";

export type { LocalText };

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly quote: string;
  /** The local override file that added this source, when not the program's own file. */
  readonly from?: string;
}

/** One dated value of a parameter: in force from `since` until the next one starts. */
export interface DatedValue {
  readonly since: string;
  readonly value: Value;
  readonly ref: string;
  /** Set when the value comes from `--param` or a local rule directory, not the bundled rules. */
  readonly override?: string;
  /** The last date a cited source confirms the value still applies. */
  readonly confirmed?: Confirmed;
  /** From this date the law makes a change certain: the value is unknown (the last known one is shown).
   * Computed from the parameter's `resetWithin` (valueHorizons.ts), never written per value. */
  readonly unknownFrom?: Horizon;
}

/** The last date (`on`) a cited source (`ref`) confirms a value or a program's term. */
export interface Confirmed {
  readonly on: string;
  readonly ref: string;
}

/** A known horizon: from `on`, the value (or whether the program runs) is not known; `text` says why. */
export interface Horizon extends Confirmed {
  readonly text: LocalText;
}

/** The law re-sets the value at least every `years` years (`ref` cites it, `text` says why). */
export interface ResetWithin {
  readonly years: number;
  readonly ref: string;
  readonly text: LocalText;
}

export interface Parameter {
  readonly name: string;
  readonly label: LocalText;
  readonly unit?: string;
  /** number | string | boolean | list | table — what every value (and every override) must be. */
  readonly kind: string;
  /** Sorted by `since`, oldest first. */
  readonly values: readonly DatedValue[];
  /** Why no source publishes a value (the parameter then has none until overridden). */
  readonly unpublished?: LocalText;
  /** The only numbers that can be honoured (e.g. an original retirement age of 50 or 55). */
  readonly oneOf?: readonly number[];
  /** Each value is unknown from its start plus these years unless a later value starts by then. */
  readonly resetWithin?: ResetWithin;
}

export interface Condition {
  readonly id: string;
  readonly text: LocalText;
  readonly test: Compiled;
  readonly source?: string;
  /** The assumption stated when a defaulted (`??`) profile field is missing. */
  readonly assumes?: LocalText;
}

/** A warning for the caseworker: shown on an eligible or undetermined result when `when` holds. */
export interface Caveat {
  readonly id: string;
  readonly when: Compiled;
  readonly text: LocalText;
  readonly source?: string;
}

/** A named filter over a list field, with its conditions for the explanation. */
export interface ProgramFilter {
  readonly filter: Filter;
  readonly label: LocalText;
  readonly conditions: readonly Condition[];
}

export interface Case {
  readonly when?: Compiled;
  readonly value: Compiled;
  readonly label?: LocalText;
  readonly source?: string;
}

/** An amount or a duration: one expression, or cases of which the first that holds applies. */
/** A tier of a numeric input: from (inclusive) … below (exclusive). */
export interface Tier {
  readonly from?: Big;
  readonly below?: Big;
  /** A bound written as a parameter (or expression), evaluated with the parameters in force. */
  readonly fromExpr?: Compiled;
  readonly belowExpr?: Compiled;
  readonly value: Compiled;
  readonly label?: LocalText;
  readonly source?: string;
}

export type Computation =
  | { readonly kind: "expression"; readonly expr: Compiled }
  | { readonly kind: "firstMatch"; readonly cases: readonly Case[] }
  | {
      readonly kind: "tiers";
      readonly by: Compiled;
      readonly tiers: readonly Tier[];
      /** The catalogue's label of `by` when it is one field: how a value in no tier is said. */
      readonly byLabel?: LocalText;
    };

/** Whose money an amount is: paid to the person, paid in by the person (a deposit), or paid to an employer. */
export type { AmountKind };

export interface AmountRule {
  readonly per: "once" | "month";
  readonly bound: "exact" | "at-most";
  readonly kind: AmountKind;
  readonly value?: Computation;
  readonly months?: Computation;
  readonly note?: LocalText;
  /** 大龄续发: pay through the month of `date` when the period would end less than `withinMonths` before it. */
  readonly continueUntil?: {
    readonly date: Compiled;
    /** A number of months (an expression, so a dated parameter can switch the rule on). */
    readonly withinMonths: Compiled;
    readonly text: LocalText;
    readonly stops?: LocalText;
    readonly possible?: LocalText;
    readonly source?: string;
  };
}

/** A program, checked and compiled once, ready to evaluate any number of profiles. */
export interface Program {
  readonly id: string;
  readonly file: string;
  /** The rule file this program replaces, when a local rule directory overrides a bundled program. */
  readonly replaces?: string;
  /** Set when the program replaced is itself from a local rule directory (loaded earlier), not a bundled one. */
  readonly replacesLocal?: true;
  /** Set when local override files give some parameters new values: which files, which parameters. */
  readonly overriddenBy?: { readonly files: readonly string[]; readonly parameters: readonly string[] };
  readonly title: LocalText;
  readonly subject: "person" | "employer";
  readonly jurisdiction: {
    readonly field: string;
    readonly section: string;
    readonly code: string;
    readonly name?: LocalText;
  };
  readonly inForce: {
    readonly from: string;
    readonly to?: string;
    readonly confirmed?: Confirmed;
    readonly horizon?: Horizon;
  };
  readonly sources: readonly Source[];
  readonly parameters: ReadonlyMap<string, Parameter>;
  readonly filters: ReadonlyMap<string, ProgramFilter>;
  readonly conditions: readonly Condition[];
  /** Conditions that set priority only (优先安置); empty when the program ranks no one. */
  readonly priority?: readonly Condition[];
  readonly caveats?: readonly Caveat[];
  /** Ids of programs that cannot be paid together with this one. */
  readonly excludes?: readonly string[];
  readonly amount?: AmountRule;
  /** Named intermediate values (`values:`), in the order written. */
  readonly named?: readonly NamedValue[];
  /** The parameters a tier bound names (`below: nearRetirementMonths`): a what-if of one re-checks the tiers. */
  readonly tierBounds?: readonly string[];
}

/** Where a program keeps its compiled expressions (the rest of a Program is its head). */
export const COMPILED_PARTS = [
  "parameters",
  "filters",
  "conditions",
  "priority",
  "caveats",
  "amount",
  "named",
] as const;
export type CompiledPart = (typeof COMPILED_PARTS)[number];

/**
 * A program as far as it is known without compiling an expression: who it is for, where and when it runs,
 * its sources and exclusions — all that tells whether it applies to a profile at all.
 */
export function programHead(rule: RuleFile, file: string): Omit<Program, CompiledPart> {
  return {
    id: rule.id,
    file,
    title: rule.title,
    subject: rule.subject,
    jurisdiction: { ...rule.jurisdiction, section: rule.jurisdiction.field.split(".")[0] ?? "" },
    inForce: {
      from: rule.inForce.from,
      ...(rule.inForce.to ? { to: rule.inForce.to } : {}),
      ...(rule.inForce.confirmed ? { confirmed: rule.inForce.confirmed } : {}),
      ...(rule.inForce.horizon ? { horizon: rule.inForce.horizon } : {}),
    },
    sources: rule.sources,
    ...(rule.excludes.length ? { excludes: rule.excludes } : {}),
    ...tierBoundsOf(rule),
  };
}

function tierBoundsOf(rule: RuleFile): Pick<Program, "tierBounds"> {
  const tiered = [rule.amount?.value, rule.amount?.months].flatMap((c) =>
    c && typeof c === "object" && "tiers" in c ? c.tiers.ranges : [],
  );
  const names = tiered.flatMap((t) => [t.from, t.below]).filter((b) => typeof b === "string");
  return names.length ? { tierBounds: [...new Set(names.map((n) => n.trim()))] } : {};
}

/**
 * A program known by its head, whose compiled parts come from `full()` when one is first read: `full` runs at
 * most once. `parameters`, when given, is its own part (no expression to compile), so that an override can
 * check and re-value a parameter without compiling the program.
 */
export function compiledOnUse(
  head: Omit<Program, CompiledPart>,
  full: () => Program,
  parameters?: () => Program["parameters"],
): Program {
  let compiled: Program | undefined;
  const once = () => {
    compiled ??= full();
    return compiled;
  };
  let own: Program["parameters"] | undefined;
  const parts: PropertyDescriptorMap = {};
  for (const part of COMPILED_PARTS)
    parts[part] = { get: () => once()[part], enumerable: true, configurable: true };
  if (parameters)
    parts.parameters = {
      get: () => {
        own ??= parameters();
        return own;
      },
      enumerable: true,
      configurable: true,
    };
  return Object.defineProperties({ ...head }, parts) as Program;
}

/**
 * A copy of `program` with `changes`, without compiling it: a part not yet compiled stays so in the copy, and is
 * compiled once for the original and all its copies (a spread `{ ...program }` would read, and so compile, every
 * part).
 */
export function changedProgram(program: Program, changes: Partial<Program>): Program {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(program), ...Object.getOwnPropertyDescriptors(changes) },
  ) as Program;
}
