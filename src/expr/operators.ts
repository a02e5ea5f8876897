import Big from "big.js";
import type { EvalContext } from "./types.js";
import { mergeUnknown, type Outcome, type TableValue, Unknown } from "./values.js";

// Runtime semantics of the operators: three-valued logic and exact comparisons.

type Ev = (ctx: EvalContext) => Outcome;

export const ARITHMETIC: Record<string, { symbol: string; apply: (a: Big, b: Big) => Big }> = {
  "+": { symbol: "+", apply: (a, b) => a.plus(b) },
  "-": { symbol: "−", apply: (a, b) => a.minus(b) },
  "*": { symbol: "×", apply: (a, b) => a.times(b) },
  "/": { symbol: "÷", apply: (a, b) => a.div(b) },
};
export const ORDER = new Set(["<", "<=", ">", ">="]);

export function negate(v: Outcome): Outcome {
  return v instanceof Unknown ? v : !v;
}

export function strict1(v: Outcome, f: (v: Outcome) => Outcome): Outcome {
  // The bounds of an unknown do not survive an operation on it (−x would reverse them).
  return v instanceof Unknown ? new Unknown(v.fields) : f(v);
}

export function and(left: Ev, right: Ev): Ev {
  return (ctx) => {
    const from = ctx.tracer ? ctx.tracer.mark() : 0;
    const l = left(ctx);
    if (l === false) return false;
    const to = ctx.tracer ? ctx.tracer.mark() : 0;
    const r = right(ctx);
    if (r === false) {
      // Failed by the right branch while the left is open: the unknown could not decide it, and is no fact of it.
      if (l instanceof Unknown) ctx.tracer?.drop(from, to, true);
      return false;
    }
    return l === true && r === true ? true : mergeUnknown(l, r);
  };
}

export function or(left: Ev, right: Ev): Ev {
  return (ctx) => {
    const from = ctx.tracer ? ctx.tracer.mark() : 0;
    const l = left(ctx);
    if (l === true) return true;
    const to = ctx.tracer ? ctx.tracer.mark() : 0;
    const r = right(ctx);
    if (r === true) {
      // Met by the right branch: the left one did not decide it, and its facts would explain a failure. What it
      // read stays a fact of the evaluation (a switch parameter and its source), unless it was left unknown.
      ctx.tracer?.drop(from, to, l instanceof Unknown);
      return true;
    }
    return l === false && r === false ? false : mergeUnknown(l, r);
  };
}

/** Decide a comparison from an unknown's bounds when both ends give the same answer (no lists: a batch path). */
function compareBounded(l: Outcome, r: Outcome, test: (c: number) => boolean): Outcome {
  const lb = l instanceof Unknown ? l.range : undefined;
  const rb = r instanceof Unknown ? r.range : undefined;
  if ((l instanceof Unknown && !lb) || (r instanceof Unknown && !rb)) return mergeUnknown(l, r);
  const llo = lb ? lb.lo : l;
  const lhi = lb ? lb.hi : l;
  const rlo = rb ? rb.lo : r;
  const rhi = rb ? rb.hi : r;
  const first = test(compare(llo as Outcome, rlo as Outcome));
  if (
    test(compare(llo as Outcome, rhi as Outcome)) === first &&
    test(compare(lhi as Outcome, rlo as Outcome)) === first &&
    test(compare(lhi as Outcome, rhi as Outcome)) === first
  )
    return first;
  return mergeUnknown(l, r);
}

export function equal(a: Outcome, b: Outcome): boolean {
  if (a instanceof Big && b instanceof Big) return compareBig(a, b) === 0;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

export function compare(a: Outcome, b: Outcome): number {
  if (a instanceof Big) return compareBig(a, b as Big);
  return (a as Date).getTime() - (b as Date).getTime();
}

type Digits = { readonly s: number; readonly e: number; readonly c: readonly number[] };

/**
 * `a.cmp(b)` without the copy of `b` that big.js makes on every comparison (a comparison then allocates
 * nothing): the same steps on big.js's normalised sign, exponent and digits.
 */
function compareBig(a: Big, b: Big): number {
  const { s: i, e: k, c: xc } = a as unknown as Digits;
  const { s: j, e: l, c: yc } = b as unknown as Digits;
  if (!xc[0] || !yc[0]) return !xc[0] ? (!yc[0] ? 0 : -j) : i;
  if (i !== j) return i;
  const negative = i < 0;
  if (k !== l) return k > l !== negative ? 1 : -1;
  const n = Math.min(xc.length, yc.length);
  for (let d = 0; d < n; d++)
    if (xc[d] !== yc[d]) return (xc[d] as number) > (yc[d] as number) !== negative ? 1 : -1;
  return xc.length === yc.length ? 0 : xc.length > yc.length !== negative ? 1 : -1;
}

const ORDER_TESTS: Record<string, (c: number) => boolean> = {
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
};

/** `<`, `<=`, `>`, `>=` on two outcomes: numbers or dates; an unknown with bounds may still decide. */
export function ordered(op: string): (l: Outcome, r: Outcome) => Outcome {
  const test = ORDER_TESTS[op] as (c: number) => boolean;
  return (l, r) =>
    l instanceof Unknown || r instanceof Unknown ? compareBounded(l, r, test) : test(compare(l, r));
}

/** `<`, `<=`, `>`, `>=` on numbers or dates; an unknown with bounds may still decide. */
export function orderOp(op: string, left: Ev, right: Ev): Ev {
  const order = ordered(op);
  return (ctx) => order(left(ctx), right(ctx));
}

/** `==` (wantEqual) or `!=` on single values. */
export function equalsOp(wantEqual: boolean, left: Ev, right: Ev): Ev {
  return (ctx) => {
    const l = left(ctx);
    const r = right(ctx);
    if (l instanceof Unknown || r instanceof Unknown) return mergeUnknown(l, r);
    return equal(l, r) === wantEqual;
  };
}

/** `x in list`, or `key in table`. */
export function inOp(left: Ev, right: Ev): Ev {
  return (ctx) => {
    const l = left(ctx);
    const r = right(ctx);
    if (l instanceof Unknown || r instanceof Unknown) return mergeUnknown(l, r);
    return Array.isArray(r) ? r.includes(l as string) : Object.hasOwn(r as TableValue, l as string);
  };
}
