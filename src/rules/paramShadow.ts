import { formatValue } from "../expr/values.js";
import { type Message, message } from "../messages/index.js";
import type { ParameterOverride } from "./overrides.js";
import { valueAt } from "./parameters.js";
import type { Program } from "./program.js";

/**
 * Why dated `--param` values do not apply on `asOf`, one message each: a value from 2022-01-01 evaluated
 * on 2023-06-01 loses to the rule's own value from 2023-01-01 (the newest start wins, as for every dated
 * value: `later` false, it tests nothing), and a value dated after `asOf` is not yet in force (`later` true:
 * it still applies to the months paid from its date). Undated `--param` values apply on every date.
 * `programs` holds the programs with the overrides applied.
 */
export function shadowedParams(
  programs: ReadonlyMap<string, Program>,
  overrides: readonly ParameterOverride[],
  asOf: string,
): { later: boolean; says: Message }[] {
  const out: { later: boolean; says: Message }[] = [];
  for (const o of overrides) {
    const given = o.values[0];
    if (o.replace || !given) continue;
    const parameter = programs.get(o.program)?.parameters.get(o.parameter);
    if (!parameter) continue;
    const name = given.override ?? `${o.program}.${o.parameter}`;
    if (given.since > asOf) {
      out.push({ later: true, says: message("param/startsLater", { name, asOf, since: given.since }) });
      continue;
    }
    const inForce = valueAt(parameter, asOf);
    if (inForce && inForce.since > given.since)
      out.push({
        later: false,
        says: message("param/shadowed", {
          name,
          asOf,
          since: inForce.since,
          value: formatValue(inForce.value, parameter.unit),
          origin: inForce.override ?? inForce.ref,
        }),
      });
  }
  return out;
}
