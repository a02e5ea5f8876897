import Big from "big.js";
import type { Compiled } from "../expr/types.js";
import { tierProblems } from "./caseAnalysis.js";
import type { RuleFile } from "./schema.js";

type RawBound = number | string | undefined;
type RawParameters = RuleFile["parameters"];

/**
 * A tier bound as compiled: a literal number, or an expression (usually a parameter name, e.g.
 * `below: nearRetirementMonths`) evaluated with the parameters in force — every number may be a parameter.
 */
export function tierBound(
  raw: RawBound,
  compile: (text: string) => Compiled,
): { value?: Big; expr?: Compiled } {
  if (raw === undefined) return {};
  if (typeof raw === "number") return { value: new Big(raw) };
  return { expr: compile(raw) };
}

/**
 * Gaps and overlaps of tiers whose bounds may name parameters: checked with the parameters' values on
 * each date one of them changes, so a later value that opens a gap is found too. Each problem once.
 */
export function tierProblemsOverTime(
  ranges: readonly { from?: RawBound; below?: RawBound }[],
  parameters: RawParameters,
) {
  const named = new Set(
    ranges.flatMap((t) => [t.from, t.below]).filter((b): b is string => typeof b === "string"),
  );
  const dates = [...named].flatMap((n) => Object.keys(parameters[n]?.values ?? {})).sort();
  const valueOn = (name: string, date: string) => {
    let found: unknown;
    for (const [since, v] of Object.entries(parameters[name]?.values ?? {}))
      if (since <= date) found = v.value;
    return typeof found === "number" ? found : undefined;
  };
  const seen = new Map<string, ReturnType<typeof tierProblems>[number]>();
  for (const date of named.size ? dates : [""]) {
    const resolve = (b: RawBound) => (typeof b === "string" ? valueOn(b, date) : b);
    const numeric = ranges.map((t) => ({ from: resolve(t.from), below: resolve(t.below) }));
    // A bound with no value yet on this date (or an expression) cannot be placed: skip that date.
    if (
      ranges.some(
        (t, i) =>
          (t.from !== undefined && numeric[i]?.from === undefined) ||
          (t.below !== undefined && numeric[i]?.below === undefined),
      )
    )
      continue;
    for (const p of tierProblems(numeric)) {
      const message = named.size ? `${p.message} (with the values in force on ${date})` : p.message;
      seen.set(`${p.index} ${p.code}`, seen.get(`${p.index} ${p.code}`) ?? { ...p, message });
    }
  }
  return [...seen.values()];
}
