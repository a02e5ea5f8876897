import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRecord } from "../../src/batch/csvText.js";
import { RecordBytes } from "../../src/batch/recordBytes.js";
import { inertCsv } from "../../src/batch/sinks.js";
import { guardOutput } from "../../src/text/guard.js";

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
        const out = new RecordBytes();
        csvRecord(cells, out);
        expect(Buffer.concat(out.done()).toString("utf8")).toBe(
          Buffer.from(stringify([cells])).toString("utf8"),
        );
      }),
      { numRuns: 2000 },
    );
  });

  // A piece none of whose cells the guard or the formula check could change is written unchecked.
  const risky = fc.constantFrom(
    "340104199001010500",
    "3401 0419 9001 0105 00",
    "=HYPERLINK(1)",
    "@SUM",
    "+1",
    "a\u0007b",
    "tab\there",
    "\rcr",
    "x,=1",
    "line\n-2",
    "\u2028+1",
    "１２３４５６７８９０１２３４５６７８",
    -5,
  );
  it("leave a piece unchecked only when neither the guard nor the formula check would change it", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cell, risky), { minLength: 1, maxLength: 12 }), (cells) => {
        const out = new RecordBytes();
        csvRecord(cells, out);
        const text = Buffer.concat(out.done()).toString("utf8");
        if (out.piecesToGuard().length === 0) {
          expect(inertCsv(text)).toBe(text);
          expect(guardOutput(text)).toBe(text);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
