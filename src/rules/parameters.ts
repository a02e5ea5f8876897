import Big from "big.js";
import type { Diagnostic } from "../diagnostics.js";
import { type Declared, type Type, typeName } from "../expr/types.js";
import type { TableValue, Value } from "../expr/values.js";
import type { DatedValue, Parameter } from "./program.js";
import type { RuleFile } from "./schema.js";
import type { Locator } from "./types.js";
import { withHorizons } from "./valueHorizons.js";

type RawValue = number | string | boolean | string[] | Record<string, number | string>;

/** Convert a parameter value from YAML into the engine's exact representation. */
export function toParameterValue(raw: RawValue): Value {
  if (typeof raw === "number") return new Big(raw);
  if (typeof raw !== "object" || Array.isArray(raw)) return raw;
  const table: Record<string, Value> = {};
  for (const [k, v] of Object.entries(raw)) table[k] = typeof v === "number" ? new Big(v) : v;
  return table as TableValue;
}

/** The expression type of a parameter, read off its values. */
function parameterType(raw: RawValue): Type {
  if (typeof raw === "number") return { base: "number" };
  if (typeof raw === "boolean") return { base: "boolean" };
  if (typeof raw === "string") return { base: "string" };
  if (Array.isArray(raw)) return { base: "list" };
  const entries = Object.values(raw);
  const of: Type = typeof entries[0] === "number" ? { base: "number" } : { base: "string" };
  return { base: "table", keys: Object.keys(raw), of };
}

/** How a parameter looks to the expression checker. */
function declareParameter(raw: RawValue, unit?: string): Declared {
  return { type: parameterType(raw), unit };
}

/** The value in force on `asOf` (`YYYY-MM-DD`): the newest whose start is on or before it. */
export function valueAt(parameter: Parameter, asOf: string): DatedValue | undefined {
  let found: DatedValue | undefined;
  for (const v of parameter.values) {
    if (v.since <= asOf) found = v;
    else break;
  }
  return found;
}

/** Dated values listed out of order (each must start after the one above it), located at the date. */
export function unorderedDates(src: Locator, parameter: string, dates: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  dates.forEach((date, i) => {
    const prev = dates[i - 1];
    if (prev !== undefined && prev >= date) {
      const message = `${date} is listed after ${prev}; list dated values oldest first`;
      out.push(src.atKey(["parameters", parameter, "values", date], "rule/dates-unordered", message));
    }
  });
  return out;
}

/**
 * The parameters of a rule file, their values sorted by date, and how each looks to the expression checker;
 * a value of another type than the first (or than `type:`) is a `rule/parameter-type` error.
 */
export function compileParameters(rule: RuleFile, src: Locator, diagnostics: Diagnostic[]) {
  const declared = new Map<string, Declared>();
  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(rule.parameters)) {
    diagnostics.push(...unorderedDates(src, name, Object.keys(p.values)));
    const values = Object.entries(p.values)
      .map(([since, v]) => ({
        since,
        value: toParameterValue(v.value),
        ref: v.ref,
        ...(v.confirmed ? { confirmed: v.confirmed } : {}),
      }))
      .sort((a, b) => (a.since < b.since ? -1 : 1));
    const first = Object.values(p.values)[0];
    const declaredAs: Declared = first
      ? declareParameter(first.value, p.unit)
      : { type: { base: p.type ?? "number" }, unit: p.unit };
    declared.set(name, declaredAs);
    const kind = typeName(declaredAs.type);
    const oneOf = p.oneOf && { oneOf: p.oneOf };
    parameters.set(name, {
      name,
      label: p.label,
      unit: p.unit,
      kind,
      values: withHorizons(values, p.resetWithin),
      unpublished: p.unpublished,
      ...oneOf,
      ...(p.resetWithin ? { resetWithin: p.resetWithin } : {}),
    });
    for (const [date, v] of Object.entries(p.values)) {
      const at = ["parameters", name, "values", date, "value"];
      if (typeof v.value === "object" && new Set(Object.values(v.value).map((x) => typeof x)).size > 1)
        diagnostics.push(src.at(at, "rule/parameter-type", "a table must hold only numbers or only text"));
      if (p.oneOf && !(typeof v.value === "number" && p.oneOf.includes(v.value)))
        diagnostics.push(
          src.at(at, "rule/parameter-type", `\`${name}\` can only be ${p.oneOf.join(" or ")}`),
        );
      const other = typeName(parameterType(v.value));
      if (other !== kind || (p.type && p.type !== declaredAs.type.base))
        diagnostics.push(
          src.at(at, "rule/parameter-type", `a ${other} here, but \`${name}\` is a ${p.type ?? kind}`),
        );
    }
  }
  return { parameters, declared };
}
