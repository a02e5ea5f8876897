import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRecord } from "../../src/batch/csvText.js";

const cell = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.string(),
  fc.constantFrom("", "a,b", 'say "x"', "line\nbreak", "cr\rcr", "待定", " 1 ", "=1+1", "-5"),
);

describe("CSV records written as text", () => {
  it("are csv-stringify's text for the same cells", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (cells) => {
        const into: string[] = [];
        csvRecord(cells, into);
        expect(into.join("")).toBe(stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });
});
