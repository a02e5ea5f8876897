import { afterEach, describe, expect, it, vi } from "vitest";
import type { Book } from "../../src/batch/inputs/xlsx/book.js";
import { scanSheet } from "../../src/batch/inputs/xlsx/sheetScan.js";

const BOOK: Book = { sheets: [], date1904: false, strings: [], dateStyles: [] };
const CHUNK = 64 * 1024;

/** A sheet whose rows are separated by `gap` bytes of spaces, unpacked in 64 KiB pieces as the zip gives them. */
async function* gapped(gap: number): AsyncGenerator<Buffer> {
  yield Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>');
  for (let left = gap; left > 0; left -= CHUNK) yield Buffer.alloc(Math.min(CHUNK, left), 0x20);
  yield Buffer.from('<row r="2"><c r="A2"><v>2</v></c></row></sheetData></worksheet>');
}

afterEach(() => vi.restoreAllMocks());

describe("hostile2 F4: whitespace between .xlsx rows is held and searched once, not again with every piece", () => {
  it("the bytes joined while scanning grow linearly with the gap", async () => {
    const joined = async (gap: number) => {
      let bytes = 0;
      const concat = Buffer.concat;
      vi.spyOn(Buffer, "concat").mockImplementation((list, length) => {
        const out = concat(list, length);
        bytes += out.length;
        return out;
      });
      const sheet = await scanSheet(gapped(gap), BOOK, "g.xlsx");
      vi.restoreAllMocks();
      expect(sheet.values[1]?.[0]).toBe(2);
      return bytes;
    };
    const small = await joined(2 * 1024 * 1024);
    const large = await joined(8 * 1024 * 1024);
    // Four times the gap: about four times the work (sixteen times when every piece re-joined all held before).
    expect(large).toBeLessThan(6 * Math.max(small, 1) + 1024 * 1024);
    expect(large).toBeLessThan(3 * 8 * 1024 * 1024);
  });
});
