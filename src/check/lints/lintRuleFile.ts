import type { Diagnostic } from "../../diagnostics.js";
import type { Program } from "../../rules/program.js";
import { ruleFileSchema } from "../../rules/schema.js";
import { YamlSource } from "../../rules/yamlSource.js";
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

/** Lint one compiled rule file (`text` as read, `shown` its display name); problems only `check` reports. */
export function lintRuleFile(text: string, shown: string, program: Program): Diagnostic[] {
  const src = new YamlSource(shown, text);
  const parsed = ruleFileSchema.safeParse(src.data);
  if (!parsed.success) return [];
  const context = { src, rule: parsed.data, program };
  return LINTS.flatMap((lint) => lint(context));
}
