import Big from "big.js";
import { traced } from "../expr/tracer.js";
import type { EvalContext, FilterOutcome } from "../expr/types.js";
import { type Outcome, Unknown } from "../expr/values.js";
import type { Computation } from "../rules/program.js";
import type { PossibleAmounts } from "./result.js";

/**
 * The values an amount can still take when unknown fields leave it open: every case of a `firstMatch` not yet
 * ruled out, every tier an unknown input may fall in, or — for a count of records some of which are undecided —
 * the amounts at the least and the greatest count. Undefined when no such bound can be given.
 */
export function possibleAmounts(c: Computation, ctx: EvalContext): PossibleAmounts | undefined {
  const quiet = traced(ctx, undefined);
  if (c.kind === "firstMatch") {
    const values: Outcome[] = [];
    for (const k of c.cases) {
      const holds = k.when ? k.when.evaluate(quiet) : true;
      if (holds === false) continue;
      values.push(k.value.evaluate(quiet));
      if (holds === true) break;
    }
    return several(allKnown(values));
  }
  if (c.kind === "tiers") {
    const by = c.by.evaluate(quiet);
    if (!(by instanceof Unknown)) return undefined;
    const range = by.range as { lo: Big; hi: Big } | undefined;
    const reachable = c.tiers.filter(
      (t) =>
        !range ||
        ((t.below === undefined || range.lo.lt(t.below)) && (t.from === undefined || range.hi.gte(t.from))),
    );
    return several(allKnown(reachable.map((t) => t.value.evaluate(quiet))));
  }
  return countBounds(c.expr.evaluate, quiet);
}

/** The amount at the least and at the greatest count of each filter whose count is still a range. */
function countBounds(evaluate: (ctx: EvalContext) => Outcome, ctx: EvalContext): PossibleAmounts | undefined {
  if (!ctx.filters) return undefined;
  const fresh = new Map<string, FilterOutcome>();
  const probe: EvalContext = { ...ctx, filters: fresh };
  evaluate(probe);
  const open = [...fresh].filter(([, o]) => o.count instanceof Unknown && o.count.range);
  if (open.length !== 1) return undefined;
  const [name, outcome] = open[0] as [string, FilterOutcome];
  const range = (outcome.count as Unknown).range as { lo: Big; hi: Big };
  const at = (count: Big) =>
    evaluate({ ...ctx, filters: new Map([...fresh, [name, { ...outcome, count }]]) });
  const bounds = allKnown([at(range.lo), at(range.hi)]);
  if (!bounds || bounds.length < 2) return undefined;
  return { atLeast: bounds[0] as Big, atMost: bounds[1] as Big };
}

function allKnown(values: Outcome[]): Big[] | undefined {
  if (!values.length || values.some((v) => !(v instanceof Big))) return undefined;
  const sorted = (values as Big[]).sort((a, b) => a.cmp(b));
  return sorted.filter((v, i) => i === 0 || !v.eq(sorted[i - 1] as Big));
}

function several(values: Big[] | undefined): PossibleAmounts | undefined {
  return values && values.length > 1 ? { values } : undefined;
}

/** `possible` for an AmountResult, spread into it only when there is something to say. */
export function possibleOf(possible: PossibleAmounts | undefined): { possible?: PossibleAmounts } {
  return possible ? { possible } : {};
}
