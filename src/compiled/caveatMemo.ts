import { caveatsOf } from "../engine/evaluateProgram.js";
import type { AmountResult, CaveatResult } from "../engine/result.js";
import type { EvalContext } from "../expr/types.js";
import type { Program } from "../rules/program.js";
import { freeze } from "./freeze.js";

const NONE: readonly never[] = Object.freeze([]);

/**
 * `caveatsOf`, remembered: the engine's caveats are pure in which of the program's own caveats hold, the date
 * and the months a monthly amount pays (the currency caveat's last month), as long as no caveat's sentence
 * has a placeholder to fill from the row. The currency caveat costs more to word than a row to evaluate.
 */
export function caveatMemo(program: Program) {
  const own = program.caveats ?? NONE;
  const filled = own.some((k) => `${k.text.zh}${k.text.en}`.includes("{"));
  const memo = new Map<string, readonly CaveatResult[]>();
  return (ctx: EvalContext, asOf: string, amount: AmountResult | null): readonly CaveatResult[] => {
    if (filled) return caveatsOf(program, ctx, asOf, amount);
    let key = `${asOf}|${amount?.per === "month" && amount.months ? amount.months.toString() : ""}|`;
    for (const k of own) key += k.when.evaluate(ctx) === true ? "1" : "0";
    let found = memo.get(key);
    if (!found) {
      if (memo.size > 10_000) memo.clear();
      found = freeze(caveatsOf(program, ctx, asOf, amount));
      memo.set(key, found);
    }
    return found;
  };
}
