import Big from "big.js";
import type { EvalContext } from "../expr/types.js";
import type { Tier } from "../rules/program.js";

/** Whether `n` lies in the tier: from (inclusive) … below (exclusive); a bound that is unknown matches nothing. */
export function inTier(t: Tier, n: Big, ctx: EvalContext): boolean {
  const from = t.fromExpr ? t.fromExpr.evaluate(ctx) : t.from;
  const below = t.belowExpr ? t.belowExpr.evaluate(ctx) : t.below;
  if ((t.fromExpr && !(from instanceof Big)) || (t.belowExpr && !(below instanceof Big))) return false;
  return (from === undefined || n.gte(from as Big)) && (below === undefined || n.lt(below as Big));
}
