import Big from "big.js";
import type { Compiled } from "../expr/types.js";
import type { Value } from "../expr/values.js";
import type { Computation, Program } from "../rules/program.js";

/** Distinct inputs remembered per program before the memo starts again (a batch repeats few of them). */
const LIMIT = 1_000;

type Level = Map<unknown, unknown>;

/**
 * Something computed from a program's amount (without explanation) once per distinct input: the date and the
 * values of the fields its amount and named values read (the parameters follow from the date). The engine's
 * amount is pure in exactly these, so a remembered result is the one it would compute again. The memo is a tree with one
 * level per field, keyed by primitives (no key text is built per row). A program with filters (whose counts
 * read lists of records), or a row giving a list or a number too long to key exactly, is computed every time.
 */
export function amountMemo<T>(program: Program) {
  const fields = program.filters.size ? undefined : amountFields(program);
  let root: Level = new Map();
  let size = 0;
  return (values: ReadonlyMap<string, Value>, asOf: string, compute: () => T): T => {
    if (!fields) return compute();
    let level = root;
    let key: unknown = asOf;
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
    if (found === undefined) {
      if (++size > LIMIT) {
        root = new Map();
        size = 0;
      }
      found = compute();
      level.set(key, found);
    }
    return found;
  };
}

const NO_KEY = Symbol("no key");

/**
 * A field's value as a Map key that only an equal value shares. A field holds one type (the catalogue says
 * which), so a number standing for a decimal never meets one standing for a date. A decimal becomes sign ×
 * (its digits as an integer × 1000 + its exponent + 500): exact for up to 12 digits and exponents within ±500.
 */
function primitive(v: Value | undefined): unknown {
  if (v === undefined || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Big) {
    const digits = (v as unknown as { c: number[] }).c;
    const e = (v as unknown as { e: number }).e;
    if (digits.length > 12 || e < -500 || e > 499) return NO_KEY;
    let n = 0;
    for (const d of digits) n = n * 10 + d;
    return (v as unknown as { s: number }).s * (n * 1000 + e + 500);
  }
  if (v instanceof Date) return v.getTime();
  return NO_KEY;
}

/** Every profile field the amount of a program may read, directly or through its named values. */
function amountFields(program: Program): string[] {
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
  add(rule?.value);
  add(rule?.months);
  if (rule?.continueUntil) exprs.push(rule.continueUntil.date, rule.continueUntil.withinMonths);
  return [...new Set(exprs.flatMap((e) => e.fields))];
}
