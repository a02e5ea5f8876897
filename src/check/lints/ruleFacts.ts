import { type Diagnostic, didYouMean } from "../../diagnostics.js";
import { message, sayMessage } from "../../messages/index.js";
import { nameParts } from "../../regions/placeNames.js";
import { regionName } from "../../regions/regions.js";
import type { RuleCheckContext } from "../../rules/checks/ruleCheck.js";
import { warning } from "../../rules/checks/ruleCheck.js";
import { UNIT_RULES } from "../../rules/parameterUnits.js";

// Facts of a rule file that `check` holds against what butie knows (analyst F1): the units it knows, the names
// of region codes, and docs/rules.md §3: "every number is a named parameter" — an amount above all.

const located = (
  c: RuleCheckContext,
  path: readonly (string | number)[],
  code: string,
  says: ReturnType<typeof message>,
) => ({
  ...c.src.at(path, code, sayMessage("en", says)),
  says,
});

/** A parameter's `unit` that is none of the known units: a typo loses its checks and its display (ratio as %). */
export function unknownUnits(c: RuleCheckContext): Diagnostic[] {
  const known = Object.keys(UNIT_RULES);
  return Object.entries(c.rule.parameters).flatMap(([name, p]) =>
    p.unit === undefined || known.includes(p.unit)
      ? []
      : [
          located(
            c,
            ["parameters", name, "unit"],
            "rule/unknown-unit",
            message("check/unknownUnit", {
              name,
              unit: p.unit,
              known: known.join(", "),
              suggestion: didYouMean(p.unit, known),
            }),
          ),
        ],
  );
}

/** An amount (or a case's or tier's amount) written as a bare number: it has no label, dated value or source. */
export function bareAmounts(c: RuleCheckContext): Diagnostic[] {
  return c.outline.expressions
    .filter(
      (e) => e.money && e.part === "value" && /^\s*-?\d+(\.\d+)?\s*$/.test(e.text) && e.text.trim() !== "0",
    )
    .map((e) =>
      warning(located(c, e.path, "rule/bare-amount", message("check/bareAmount", { value: e.text.trim() }))),
    );
}

/** A jurisdiction whose Chinese name is not the name of its code (640200 is 石嘴山市, not 银川市). */
export function jurisdictionName(c: RuleCheckContext): Diagnostic[] {
  const { code, name } = c.rule.jurisdiction;
  const official = regionName(code);
  if (!official || !name || name.zh.includes(nameParts(official).stem)) return [];
  return [
    located(
      c,
      ["jurisdiction", "name", "zh"],
      "rule/jurisdiction-name",
      message("check/jurisdictionName", {
        code,
        name: name.zh,
        official,
      }),
    ),
  ];
}
