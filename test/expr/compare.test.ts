import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, equal } from "../../src/expr/operators.js";

// Comparisons of exact decimals without big.js's copy of the right operand: the same answer as `cmp` and `eq`.
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: -12, max: 12 }))
  .map(([negative, digits, shift]) => new Big(`${negative ? "-" : ""}${digits}e${shift}`));

describe("compare", () => {
  it("orders decimals as big.js does: signs, zeros, exponents, digits, lengths", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(Math.sign(compare(a, b))).toBe(a.cmp(b));
        expect(equal(a, b)).toBe(a.eq(b));
        expect(compare(a, a)).toBe(0);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });

  it("tells apart values that differ only in a late digit or in length", () => {
    expect(compare(new Big("1.0001"), new Big("1.0002"))).toBe(-1);
    expect(compare(new Big("-1.0001"), new Big("-1.0002"))).toBe(1);
    expect(compare(new Big("12.5"), new Big("12.50"))).toBe(0);
    expect(compare(new Big("0"), new Big("-0"))).toBe(0);
    expect(compare(new Big("0.1"), new Big("0.10000001"))).toBe(-1);
  });
});
