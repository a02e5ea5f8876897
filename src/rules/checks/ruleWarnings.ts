import type { Diagnostic } from "../../diagnostics.js";
import type { RuleCheck, RuleCheckContext } from "./ruleCheck.js";
import { uncitedSource } from "./uncitedSource.js";
import { unstatedDefault } from "./unstatedDefault.js";
import { unusedParameter, unusedValue } from "./unusedNames.js";

/** The warnings every load of a rule file reports (`check` adds its own lints): each one small check. */
const CHECKS: readonly RuleCheck[] = [unstatedDefault, unusedParameter, unusedValue, uncitedSource];

export function ruleWarnings(c: RuleCheckContext): Diagnostic[] {
  return CHECKS.flatMap((check) => check(c));
}
