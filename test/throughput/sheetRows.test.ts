import { join } from "node:path";
import { Readable } from "node:stream";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { tableInput } from "../../src/batch/inputs/tableInput.js";
import { sayMessage } from "../../src/messages/index.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { BUNDLED_RULES } from "../../src/rules/ruleFiles.js";

const catalogue = loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"));
// Serial 33000 in the 1900 system: 1899-12-30 + 33000 days = 1990-05-07.
const DAY = new Date(Date.UTC(1990, 4, 7)).getTime();

describe("a workbook's rows handed on one by one", () => {
  it("reads every row, serial dates converted both among the first rows and far below them", async () => {
    // A title row, the header, then 100 rows: the header search reads the first 30, the rest are read later.
    const rows = [["2026 年名单"], ["经办档案编号", "出生日期"]];
    for (let i = 1; i <= 100; i++) rows.push([`A-${i}`, 33000 as unknown as string]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "名单");
    const bytes = XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
    const table = await tableInput(
      { kind: "sheet", name: "b.xlsx", stream: Readable.from([bytes]) },
      catalogue,
      {},
    );
    const read: [number, unknown, number | undefined][] = [];
    for await (const row of table.rows) {
      const { line, cells } = row as { line: number; cells: unknown[] };
      read.push([line, cells[0], (cells[1] as Date | undefined)?.getTime()]);
    }
    expect(read).toEqual(rows.slice(2).map((_, i) => [i + 3, `A-${i + 1}`, DAY]));
    expect(table.notes.map((m) => sayMessage("en", m)).join("\n")).toContain("100 plain numbers");
  });
});
