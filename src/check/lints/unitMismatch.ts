import type { Diagnostic } from "../../diagnostics.js";
import type { Declared } from "../../expr/types.js";
import { COUNTER_OF_UNIT, MONEY, PLAIN, type UnitMismatch, unitsOf } from "../../expr/units.js";
import { message, sayMessage } from "../../messages/index.js";
import { compiledExpressions, type RuleCheckContext, warning } from "../../rules/checks/ruleCheck.js";
import type { Path } from "../../rules/outline.js";
import { UNIT_RULES } from "../../rules/parameterUnits.js";
import { amountPerProblem } from "./amountPer.js";

/**
 * Units in expressions (analyst F1): fields and parameters declare them, yearsBetween gives years, and a
 * comparison, a sum or an amount whose units cannot meet is an error — `yearsBetween(…) >= minMonths` compared
 * 2 years with 12 months and refused a business of 24 months. A bare yuan figure met with money is a warning.
 */
export function unitMismatch(c: RuleCheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const named = new Map<string, string | undefined>();
  const tierBy = new Map<string, { text: string; unit?: string }>();
  const at = (path: Path, says: ReturnType<typeof message>, code = "rule/unit-mismatch") => ({
    ...c.src.at([...path], code, sayMessage("en", says)),
    says,
  });
  for (const { e, compiled } of compiledExpressions(c)) {
    if (!compiled.ast) continue;
    const recordFields = e.filter ? recordFieldsOf(c, e.filter) : undefined;
    const unitOf = (name: string) => {
      const record = recordFields?.get(name);
      if (record) return declaredUnit(record);
      if (named.has(name)) return named.get(name);
      const p = c.program.parameters.get(name);
      // A parameter written without a unit says nothing of it (authors often leave it out); a field is a fact
      // of the profile, declared with its unit when it has one (a head count has none).
      if (p) return p.unit === undefined ? undefined : known(p.unit);
      const f = c.catalogue.field(name);
      return f && declaredUnit(f);
    };
    const { unit, mismatches, bareFigures } = unitsOf(compiled.ast, unitOf);
    for (const m of mismatches) out.push(at(e.path, mismatchMessage(m)));
    for (const value of bareFigures)
      out.push(
        warning(at(e.path, message("check/bareFigure", { value, text: e.text.trim() }), "rule/bare-amount")),
      );
    if (e.role === "named-value") named.set(String(e.path[1]), unit);
    const text = e.text.trim();
    if (
      unit &&
      unit !== PLAIN &&
      e.money &&
      e.part === "value" &&
      e.role !== "named-value" &&
      !MONEY.has(unit)
    )
      out.push(at(e.path, message("check/amountUnit", { text, unit, part: "value" })));
    const perProblem =
      unit && e.money && e.part === "value" && e.role !== "named-value"
        ? amountPerProblem(text, unit, c.rule.amount?.per)
        : undefined;
    if (perProblem) out.push(at(e.path, perProblem));
    if (
      unit &&
      unit !== PLAIN &&
      e.part === "months" &&
      e.role !== "tier-by" &&
      e.role !== "tier-bound" &&
      unit !== "months"
    )
      out.push(at(e.path, message("check/amountUnit", { text, unit, part: "months" })));
    const tiers = pathKeyOfTiers(e.path);
    if (e.role === "tier-by") tierBy.set(tiers, { text, unit });
    const by = tierBy.get(tiers);
    if (e.role === "tier-bound" && by?.unit && unit && by.unit !== unit)
      out.push(
        at(
          e.path,
          mismatchMessage({ op: ">=", left: { text: by.text, unit: by.unit }, right: { text, unit } }),
        ),
      );
  }
  return out;
}

/** The unit of a declared number: its `unit`, or plain when it declares none. */
function declaredUnit(d: Declared): string | undefined {
  return d.unit === undefined ? (d.type.base === "number" ? PLAIN : undefined) : known(d.unit);
}

/** A unit butie knows; a typo (`yaun`, reported as rule/unknown-unit) is no unit here, not a second error. */
const known = (unit: string) => (Object.hasOwn(UNIT_RULES, unit) ? unit : undefined);

function recordFieldsOf(c: RuleCheckContext, filter: string): ReadonlyMap<string, Declared> | undefined {
  const over = c.rule.filters[filter]?.over;
  const list = over === undefined ? undefined : c.catalogue.field(over);
  return list?.type.base === "records" ? list.type.fields : undefined;
}

/** The path of the `tiers` a tier expression belongs to (`amount.value.tiers`), to pair bounds with `by`. */
function pathKeyOfTiers(path: Path): string {
  const i = path.indexOf("tiers");
  return i < 0 ? "" : path.slice(0, i + 1).join(".");
}

function mismatchMessage({ op, left, right }: UnitMismatch) {
  const how = op.startsWith("add")
    ? "shift"
    : ["+", "-", "??", "min", "max"].includes(op)
      ? "sum"
      : "compare";
  // yearsBetween against months: the counting function of the other side's unit is the fix.
  const counter = left.call
    ? COUNTER_OF_UNIT[right.unit]
    : right.call
      ? COUNTER_OF_UNIT[left.unit]
      : undefined;
  return message("check/unitMismatch", {
    how,
    left: left.text,
    leftUnit: left.unit,
    right: right.text,
    rightUnit: right.unit,
    ...(counter && how !== "shift" ? { counter } : {}),
  });
}
