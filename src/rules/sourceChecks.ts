import type { Diagnostic } from "../diagnostics.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { defaultedFields } from "./caseAnalysis.js";
import type { Locator } from "./compileProgram.js";
import type { AmountRule } from "./program.js";
import type { RuleFile } from "./schema.js";

const INTERNAL = /POLICY\.md|shared\/spec|shared\/sources/i;

/** Sources and refs must cite public documents, never a file users do not have (`rule/internal-source`). */
export function internalSources(rule: RuleFile, src: Locator): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [i, s] of rule.sources.entries())
    for (const key of ["title", "url", "quote"] as const)
      if (INTERNAL.test(s[key] ?? ""))
        diagnostics.push(
          src.at(
            ["sources", i, key],
            "rule/internal-source",
            "cite the public document (title, url, quote), not a file users do not have",
          ),
        );
  for (const [name, p] of Object.entries(rule.parameters))
    for (const [date, v] of Object.entries(p.values))
      if (INTERNAL.test(v.ref))
        diagnostics.push(
          src.at(
            ["parameters", name, "values", date, "ref"],
            "rule/internal-source",
            "cite the public document (a source id), not a file users do not have",
          ),
        );
  return diagnostics;
}

/** A `??` default of a profile field in an amount: there is no sentence to state it in (`rule/unstated-default`). */
export function amountDefaults(
  amount: Pick<AmountRule, "value" | "months"> | undefined,
  src: Locator,
  catalogue: FieldCatalogue,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // An amount has no sentence to state an assumption in: a default of a profile field there is always unstated.
  for (const part of ["value", "months"] as const) {
    const c = amount?.[part];
    const exprs = !c
      ? []
      : c.kind === "expression"
        ? [c.expr]
        : c.kind === "tiers"
          ? [c.by, ...c.tiers.map((t) => t.value)]
          : c.cases.flatMap((k) => (k.when ? [k.when, k.value] : [k.value]));
    const defaulted = exprs
      .flatMap((e) => (e.ast ? defaultedFields(e.ast) : []))
      .filter((f) => catalogue.fields.has(f));
    if (defaulted.length)
      diagnostics.push({
        ...src.at(
          ["amount", part],
          "rule/unstated-default",
          `\`${[...new Set(defaulted)].join("`, `")}\` is defaulted with \`??\` in the amount, where no assumption can be stated: leave it unknown, or default it in a condition with \`assumes:\``,
        ),
        severity: "warning",
      });
  }
  return diagnostics;
}
