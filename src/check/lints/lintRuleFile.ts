import type { Diagnostic } from "../../diagnostics.js";
import type { RuleCheck, RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { amountSources } from "./amountSources.js";
import { betweenOrder } from "./betweenOrder.js";
import { contradictoryDates } from "./contradictoryDates.js";
import { foldedChinese } from "./foldedChinese.js";
import { neverTrueConditions } from "./neverTrueConditions.js";
import { parameterGaps } from "./parameterGaps.js";
import { placeholderUnread } from "./placeholderUnread.js";
import { bareAmounts, jurisdictionName, unknownUnits } from "./ruleFacts.js";
import { staleValues } from "./staleValues.js";
import { tierFloor } from "./tierFloor.js";
import { unitMismatch } from "./unitMismatch.js";
import { unroundedDivision } from "./unroundedDivision.js";

/** The lints `butie check` runs on every program that compiled: each a small check of the file. */
const LINTS: readonly RuleCheck[] = [
  parameterGaps,
  unroundedDivision,
  foldedChinese,
  betweenOrder,
  (c) => contradictoryDates(c),
  unknownUnits,
  bareAmounts,
  jurisdictionName,
  tierFloor,
  unitMismatch,
  neverTrueConditions,
  amountSources,
  placeholderUnread,
];

/** What the person running `check` states: the years after which a confirmation is stale, and today. */
export interface LintSettings {
  readonly staleYears?: number;
  readonly today?: Date;
}

/** Lint one compiled rule file, as `loadRuleFile` read it; problems only `check` reports. */
export function lintRuleFile(checked: RuleCheckContext, settings: LintSettings = {}): Diagnostic[] {
  return [
    ...LINTS.flatMap((lint) => lint(checked)),
    ...staleValues(checked, settings.staleYears, settings.today),
  ];
}
