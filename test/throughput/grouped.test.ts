import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grouped } from "../../src/batch/grouped.js";

describe("counts with thousands separators", () => {
  it("read as toLocaleString('en') writes them", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString("en"));
      }),
      { numRuns: 2000 },
    );
  });

  it("keep the fen of an amount: 1234567.5 yuan reads 1,234,567.50", () => {
    expect(grouped("1234567.50")).toBe("1,234,567.50");
    expect(grouped("-1000.00")).toBe("-1,000.00");
  });
});
