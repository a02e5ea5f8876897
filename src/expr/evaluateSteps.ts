import type Big from "big.js";
import { message } from "../messages/index.js";
import { isWithin } from "../regions/regionWithin.js";
import type { ARITHMETIC } from "./operators.js";
import { operand } from "./recordSteps.js";
import type { EvalContext } from "./types.js";
import { formatValue, mergeUnknown, type Outcome, type TableValue, Unknown } from "./values.js";

// The run-time closures of a table lookup, arithmetic and `??`: the result, and the facts for the tracer only
// when one is set (compile.ts checks the expression; these run it).

type Ev = (ctx: EvalContext) => Outcome;
type Operand = {
  readonly evaluate: Ev;
  readonly unit?: string;
  readonly name?: string;
  readonly counts?: string;
  readonly refs?: readonly string[];
};

/** `table[key]`: the entry, or an unknown naming the key's fields (or the missing entry). */
export function lookupStep(label: string, table: Operand, key: Ev, notCovered: Unknown): Ev {
  return (ctx) => {
    const t = table.evaluate(ctx);
    const k = key(ctx);
    if (t instanceof Unknown || k instanceof Unknown) return mergeUnknown(t, k);
    const keyText = formatValue(k);
    const v = Object.hasOwn(t as TableValue, keyText) ? (t as TableValue)[keyText] : undefined;
    const tracer = ctx.tracer;
    tracer?.fact({ kind: "lookup", table: label, key: keyText, value: v, unit: table.unit });
    if (v === undefined) {
      const finer = Object.keys(t as TableValue).some((code) => code !== keyText && isWithin(code, keyText));
      if (finer) tracer?.note(message("words/note/finerRegion", { label, key: keyText }));
      return notCovered.fields.length ? notCovered : new Unknown([`table:${label}[${keyText}]`]);
    }
    return v;
  };
}

/**
 * The unit of `left op right`: a ratio takes the other side's unit (3333元 × 5% is 元); a product with a bare
 * number or a count is in the other side's unit (1人 × 2000元 is 2000元); else the left side's.
 */
export function resultUnit(symbol: string, left: string | undefined, right: string | undefined) {
  return left === "ratio" || (symbol === "×" && left === undefined) ? right : left;
}

/** `left op right` on exact decimals; a division by zero is an unknown amount, never a crash. */
export function arithmeticStep(
  arith: (typeof ARITHMETIC)[string],
  left: Operand,
  right: Operand,
  unit: string | undefined,
): Ev {
  const divide = arith.symbol === "÷";
  return (ctx) => {
    const l = left.evaluate(ctx);
    const r = right.evaluate(ctx);
    if (l instanceof Unknown || r instanceof Unknown) return mergeUnknown(l, r);
    // A rule dividing by a field that is zero has no amount for this profile; it must not crash the batch.
    if (divide && (r as Big).eq(0)) return new Unknown([`divisor:${(right.refs ?? []).join(",") || "0"}`]);
    const result = arith.apply(l as Big, r as Big);
    const tracer = ctx.tracer;
    if (!tracer) return result;
    tracer.fact({
      kind: "arithmetic",
      op: arith.symbol as "+",
      left: operand(l as Big, left),
      right: operand(r as Big, right),
      result,
      ...(unit ? { unit } : {}),
    });
    return result;
  };
}

/** `field ?? default`: the default when the field is unknown, told to the tracer (the condition's `assumes`). */
export function defaultStep(left: Ev, right: Ev): Ev {
  return (ctx) => {
    const l = left(ctx);
    if (!(l instanceof Unknown)) return l;
    const r = right(ctx);
    if (r instanceof Unknown) return mergeUnknown(l, r);
    if (ctx.tracer) for (const f of l.fields) ctx.tracer.defaulted(f);
    return r;
  };
}
