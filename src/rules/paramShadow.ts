import { formatValue } from "../expr/values.js";
import type { ParameterOverride } from "./overrides.js";
import { valueAt } from "./parameters.js";
import type { Program } from "./program.js";

/**
 * Why dated `--param` values do not apply on `asOf`, one sentence each: a value from 2022-01-01 evaluated
 * on 2023-06-01 loses to the rule's own value from 2023-01-01 (the newest start wins, as for every dated
 * value), and a value dated after `asOf` is not yet in force. Undated `--param` values apply on every date.
 * `programs` holds the programs with the overrides applied.
 */
export function shadowedParams(
  programs: ReadonlyMap<string, Program>,
  overrides: readonly ParameterOverride[],
  asOf: string,
): string[] {
  const out: string[] = [];
  for (const o of overrides) {
    const given = o.values[0];
    if (o.replace || !given) continue;
    const parameter = programs.get(o.program)?.parameters.get(o.parameter);
    if (!parameter) continue;
    const name = given.override ?? `${o.program}.${o.parameter}`;
    if (given.since > asOf) {
      out.push(`${name} is not in force on ${asOf}: it starts on ${given.since}`);
      continue;
    }
    const inForce = valueAt(parameter, asOf);
    if (inForce && inForce.since > given.since)
      out.push(
        `${name} does not apply on ${asOf}: the later value from ${inForce.since} (${formatValue(inForce.value, parameter.unit)}, ${inForce.override ?? inForce.ref}) is in force then. Drop the date to override every date, or date it ${inForce.since} or later`,
      );
  }
  return out;
}
