import { parametersInForce } from "../engine/parametersInForce.js";
import { formatValue, type Value } from "../expr/values.js";
import { parseParamOption } from "../rules/overrides.js";
import type { BatchContext } from "./context.js";

/**
 * What a reform changes, as the report's first lines: `program.parameter: old → new` on the as-of date.
 * A value not in force on that date shows as `—`.
 */
export function parameterChanges(ctx: BatchContext): string[] {
  return ctx.settings.params.map((text) => {
    const { program, parameter } = parseParamOption(text);
    const before = ctx.programs.find((p) => p.id === program);
    const after = ctx.reform?.find((p) => p.id === program);
    const unit = before?.parameters.get(parameter)?.unit;
    const show = (v: Value | undefined) => (v === undefined ? "—" : formatValue(v, unit));
    const old = before && parametersInForce(before, ctx.asOf.text).values.get(parameter);
    const now = after && parametersInForce(after, ctx.asOf.text).values.get(parameter);
    return `${program}.${parameter}: ${show(old)} → ${show(now)}`;
  });
}
