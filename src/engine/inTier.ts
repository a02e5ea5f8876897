import Big from "big.js";
import type { EvalContext } from "../expr/types.js";
import { Unknown } from "../expr/values.js";
import type { Tier } from "../rules/program.js";

/** Whether `n` lies in the tier: from (inclusive) … below (exclusive); unknown when a bound it needs is unknown. */
export function inTier(t: Tier, n: Big, ctx: EvalContext): boolean | Unknown {
  const from = t.fromExpr ? t.fromExpr.evaluate(ctx) : t.from;
  const below = t.belowExpr ? t.belowExpr.evaluate(ctx) : t.below;
  if (from instanceof Unknown || below instanceof Unknown)
    return from instanceof Unknown ? from : (below as Unknown);
  if ((from !== undefined && !(from instanceof Big)) || (below !== undefined && !(below instanceof Big)))
    return false;
  return (from === undefined || n.gte(from)) && (below === undefined || n.lt(below));
}

/**
 * The index of the tier `n` lies in; -1 when it lies in none (no amount: a fact, not something to ask); an
 * unknown when no tier holds it but one whose bound is unknown might.
 */
export function tierIndex(tiers: readonly Tier[], n: Big, ctx: EvalContext): number | Unknown {
  let open: Unknown | undefined;
  for (let i = 0; i < tiers.length; i++) {
    const holds = inTier(tiers[i] as Tier, n, ctx);
    if (holds === true) return i;
    if (holds instanceof Unknown) open ??= holds;
  }
  return open ?? -1;
}
