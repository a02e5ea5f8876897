import Big from "big.js";
import type { Compiled } from "../expr/types.js";
import { type Message, message } from "../messages/index.js";
import { type TierProblem, tierProblems } from "./caseAnalysis.js";
import { datesOfChange } from "./parameterDates.js";
import type { Parameter, Tier } from "./program.js";

type RawBound = number | string | undefined;

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
 * Gaps and overlaps of compiled tiers whose bounds may name parameters: checked with the parameters' values on
 * each date one of them changes, so a later value that opens a gap is found too. Each problem once. The one
 * check of `check` (rule files) and of a what-if (`--param`, which changes the compiled parameters).
 */
export function tierProblemsOverTime(
  tiers: readonly Tier[],
  parameters: ReadonlyMap<string, Parameter>,
): TierProblem[] {
  const bounds = tiers.map((t) => ({ from: bound(t.from, t.fromExpr), below: bound(t.below, t.belowExpr) }));
  const named = new Set(bounds.flatMap((t) => [t.from, t.below]).filter((b) => typeof b === "string"));
  const seen = new Map<string, TierProblem>();
  for (const { date, numberOf } of datesOfChange(named, parameters)) {
    const resolve = (b: Bound) => (typeof b === "string" ? numberOf(b) : b);
    const numeric = bounds.map((t) => ({ from: resolve(t.from), below: resolve(t.below) }));
    // A bound with no value yet on this date (or an expression) cannot be placed: skip that date.
    if (
      bounds.some(
        (t, i) =>
          (t.from !== undefined && numeric[i]?.from === undefined) ||
          (t.below !== undefined && numeric[i]?.below === undefined),
      )
    )
      continue;
    for (const p of tierProblems(numeric)) {
      const key = `${p.index} ${p.code}`;
      if (!seen.has(key)) seen.set(key, named.size ? { ...p, says: onDate(p.says, date) } : p);
    }
  }
  return [...seen.values()];
}

type Bound = number | string | undefined;

/** A bound as a number, or the parameter it names (an expression's text: only a bare name can be placed). */
const bound = (value: Big | undefined, expr: Compiled | undefined): Bound => value?.toNumber() ?? expr?.text;

/** A problem found with the parameters' values in force on `date` (YYYY-MM-DD), said so. */
function onDate(problem: Message, date: string): Message {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return message("tier/onDate", { problem, y, m, d });
}
