import type { Compiled } from "../expr/types.js";
import type { Value } from "../expr/values.js";
import type { Computation, Program } from "../rules/program.js";
import { type Decide, generateExpression } from "./generateExpression.js";
import { NO_KEY, primitive } from "./memoKey.js";

/** Distinct inputs remembered per program before the memo starts again (a batch repeats few of them). */
const LIMIT = 1_000;

type Level = Map<unknown, unknown>;

/**
 * Something computed from a program's amount (without explanation) once per distinct input: the date and the
 * values of the fields its amount and named values read (the parameters follow from the date). The engine's
 * amount is pure in exactly these, so a remembered result is the one it would compute again. When the value
 * is the first of several cases whose conditions are steady (see `caseOf`), the input is the case that holds and
 * the fields the rest of the amount reads: the fields only a condition reads (a count of months compared with a
 * threshold) then do not split the memo. The memo is a tree with one level per field, keyed by primitives (no
 * key text is built per row). A program with filters (whose counts read lists of records), or a row giving a
 * list or a number too long to key exactly, is computed every time.
 */
export function amountMemo<T>(program: Program) {
  const all = program.filters.size ? undefined : amountFields(program);
  const cases = all && caseKey(program);
  let root: Level = new Map();
  let size = 0;
  let reused = 0;
  // Filled with a reuse for fewer than one entry in four (every row a distinct input): computed directly from then on, as a
  // call site's memo does (callMemo).
  let off = false;
  return (
    values: ReadonlyMap<string, Value>,
    asOf: { readonly text: string; readonly date: Date },
    params: ReadonlyMap<string, Value>,
    compute: () => T,
  ): T => {
    if (!all || off) return compute();
    const chosen = cases ? cases.choose(values, params, asOf.date) : -1;
    const fields = chosen < 0 ? all : (cases?.fields[chosen] as readonly string[]);
    let level = root.get(asOf.text) as Level | undefined;
    if (!level) {
      level = new Map();
      root.set(asOf.text, level);
    }
    let key: unknown = chosen;
    for (const f of fields) {
      let next = level.get(key) as Level | undefined;
      if (!next) {
        next = new Map();
        level.set(key, next);
      }
      level = next;
      key = primitive(values.get(f));
      if (key === NO_KEY) return compute();
    }
    let found = level.get(key) as T | undefined;
    if (found !== undefined) reused++;
    else {
      found = compute();
      if (++size > LIMIT) {
        off = reused < LIMIT / 4;
        root = new Map();
        size = 0;
        reused = 0;
      } else level.set(key, found);
    }
    return found;
  };
}

/**
 * Which case of a value given as cases holds, for a program whose case conditions are steady: generated,
 * reading no date, no named value and only parameters that never change (so the case that holds on the as-of
 * date holds in every month of the schedule). `choose` gives the index of the first case that holds, or -1
 * when a condition is unknown (the amount then follows both branches and the whole input is the key);
 * `fields[i]` are the fields read by the amount when case i holds.
 */
function caseKey(program: Program) {
  const value = program.amount?.value;
  if (value?.kind !== "firstMatch") return undefined;
  const steady = (e: Compiled) =>
    e.readsAsOf === false &&
    e.params.every((name) => {
      const p = program.parameters.get(name);
      return p !== undefined && p.values.length === 1 && !p.values[0]?.unknownFrom;
    });
  const tests: (Decide | undefined)[] = [];
  for (const k of value.cases) {
    if (!k.when) tests.push(undefined);
    else {
      const decide = k.when.ast && steady(k.when) ? generateExpression(k.when.ast) : undefined;
      if (!decide) return undefined;
      tests.push(decide);
    }
  }
  const rest = amountFields(program, false);
  const fields = value.cases.map((k) => [...new Set([...k.value.fields, ...rest])]);
  const choose = (values: ReadonlyMap<string, Value>, params: ReadonlyMap<string, Value>, date: Date) => {
    for (let i = 0; i < tests.length; i++) {
      const test = tests[i];
      if (!test) return i;
      const holds = test(values, params, date);
      if (holds === true) return i;
      if (holds !== false) return -1;
    }
    return -1;
  };
  return { choose, fields };
}

/** Every profile field the amount of a program may read, directly or through its named values. */
function amountFields(program: Program, withValue = true): string[] {
  const rule = program.amount;
  const exprs: Compiled[] = (program.named ?? []).map((n) => n.expr);
  const add = (c: Computation | undefined) => {
    if (!c) return;
    if (c.kind === "expression") exprs.push(c.expr);
    else if (c.kind === "tiers") {
      exprs.push(c.by);
      for (const t of c.tiers)
        exprs.push(t.value, ...(t.fromExpr ? [t.fromExpr] : []), ...(t.belowExpr ? [t.belowExpr] : []));
    } else for (const k of c.cases) exprs.push(k.value, ...(k.when ? [k.when] : []));
  };
  if (withValue) add(rule?.value);
  add(rule?.months);
  if (rule?.continueUntil) exprs.push(rule.continueUntil.date, rule.continueUntil.withinMonths);
  return [...new Set(exprs.flatMap((e) => e.fields))];
}
