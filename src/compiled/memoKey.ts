import Big from "big.js";
import type { Value } from "../expr/values.js";

/** A value no key stands for exactly (a list, a number too long): computed every time, never remembered. */
export const NO_KEY = Symbol("no key");

/**
 * A field's value as a Map key that only an equal value shares. A field holds one type (the catalogue says
 * which), so a number standing for a decimal never meets one standing for a date. A decimal becomes sign ×
 * (its digits as an integer × 1000 + its exponent + 500): exact for up to 12 digits and exponents within ±500.
 */
export function primitive(v: Value | undefined): unknown {
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
