import Big from "big.js";
import type { Compiled, EvalContext, Filter, FilterOutcome, ItemOutcome } from "./types.js";
import { type RecordValue, Unknown } from "./values.js";

type FilterCondition = { readonly id: string; readonly test: Compiled };

/** A filter that tests every record of the list field `over` against `conditions` (all must hold). */
export function makeFilter(name: string, over: string, conditions: readonly FilterCondition[]): Filter {
  const unknownList = new Unknown([over]);
  return {
    name,
    over,
    evaluate(ctx: EvalContext): FilterOutcome {
      const cached = ctx.filters?.get(name);
      if (cached) return cached;
      const list = ctx.fields.get(over) as readonly RecordValue[] | undefined;
      const outcome = list ? filterList(list, ctx) : { count: unknownList, items: [] };
      ctx.filters?.set(name, outcome);
      return outcome;
    },
  };

  function filterList(list: readonly RecordValue[], ctx: EvalContext): FilterOutcome {
    const items: ItemOutcome[] = [];
    const unknownFields = new Set<string>();
    let passed = 0;
    list.forEach((item, index) => {
      const itemCtx: EvalContext = { ...ctx, tracer: undefined, item, itemPath: `${over}[${index}]` };
      const failed: string[] = [];
      const unknown: string[] = [];
      const results: (boolean | null)[] = [];
      for (const c of conditions) {
        const r = c.test.evaluate(itemCtx);
        if (r === false) failed.push(c.id);
        else if (r instanceof Unknown) unknown.push(...r.fields);
        results.push(r instanceof Unknown ? null : (r as boolean));
      }
      const result = failed.length ? false : unknown.length ? null : true;
      if (result === null) for (const f of unknown) unknownFields.add(f);
      if (result) passed++;
      items.push({ index, result, failed, results, values: item });
    });
    const undecided = items.filter((i) => i.result === null).length;
    // Records still unknown bound the count: at least those that pass, at most those plus the undecided.
    const count = undecided
      ? new Unknown([...unknownFields], { lo: new Big(passed), hi: new Big(passed + undecided) })
      : new Big(passed);
    return { count, items };
  }
}
