import type { Diagnostic } from "../../diagnostics.js";
import type { Program } from "../../rules/program.js";
import type { RuleFile } from "../../rules/schema.js";
import type { YamlSource } from "../../rules/yamlSource.js";
import { betweenOrder } from "./betweenOrder.js";
import { foldedChinese } from "./foldedChinese.js";
import type { LintContext } from "./lintContext.js";
import { parameterGaps } from "./parameterGaps.js";
import { unroundedDivision } from "./unroundedDivision.js";

/** The lints `butie check` runs on every program that compiled: each a small function of the file. */
const LINTS: readonly ((c: LintContext) => Diagnostic[])[] = [
  parameterGaps,
  unroundedDivision,
  foldedChinese,
  betweenOrder,
];

/** Lint one compiled rule file, as `loadRuleFile` read it; problems only `check` reports. */
export function lintRuleFile(parsed: { src: YamlSource; rule: RuleFile }, program: Program): Diagnostic[] {
  const context = { src: parsed.src, rule: parsed.rule, program };
  return LINTS.flatMap((lint) => lint(context));
}
