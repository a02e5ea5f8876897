import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sheetjsRows } from "../../src/batch/inputs/sheetRows.js";
import { streamSheet } from "../../src/batch/inputs/xlsx/streamSheet.js";
import { inlineStringWorkbook } from "../batch/zip.js";
import { column, type GenCell, type GenRow, type GenSheet, workbook } from "./book.js";

// The streaming .xlsx reader gives exactly the rows, notes and date system SheetJS gives, on every workbook the
// test suite writes or keeps and on generated ones. (Where the two differ on purpose, test/xlsx/stream.test.ts.)

const outcome = async (read: Promise<unknown>) =>
  read.then(
    (value) => ({ value }),
    (e: Error) => ({ error: `${e.constructor.name}: ${e.message}` }),
  );

async function agree(bytes: Buffer, sheet?: string): Promise<void> {
  const choice = sheet === undefined ? {} : { sheet };
  const want = await outcome(sheetjsRows(bytes, "g.xlsx", choice));
  const got = await outcome(streamSheet(bytes, "g.xlsx", choice));
  if ("value" in want) expect("value" in got && got.value, "streamed, not handed to SheetJS").toBeTruthy();
  expect(got).toEqual(want);
}

async function agreeEverySheet(bytes: Buffer): Promise<void> {
  await agree(bytes);
  const names = XLSX.read(bytes, { type: "buffer", sheetRows: 1 }).SheetNames;
  for (let i = 1; i <= names.length; i++) await agree(bytes, String(i));
}

const TEST = fileURLToPath(new URL("..", import.meta.url));

function keptWorkbooks(dir = TEST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? keptWorkbooks(join(dir, e.name)) : /\.xls[xm]$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("the streaming reader reads as SheetJS does", () => {
  it.each(keptWorkbooks().map((f) => [f.slice(TEST.length)]))(
    "kept workbook %s, every sheet",
    async (file) => {
      await agreeEverySheet(readFileSync(join(TEST, file)));
    },
    30_000,
  );

  it("exceljs (shared strings, dates, numbers), as test/batch writes them", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("申请人");
    sheet.addRow(["姓名", "首次参保日期", "月数", "是否", "备注"]);
    for (let i = 0; i < 50; i++)
      sheet.addRow([
        `张${i}`,
        new Date(Date.UTC(2020, i % 12, 1 + i)),
        i * 1.5,
        i % 2 === 0,
        i % 7 ? null : "多行\n备注",
      ]);
    sheet.mergeCells("E2:E4");
    for (const date1904 of [false, true]) {
      book.properties.date1904 = date1904;
      await agreeEverySheet(Buffer.from(await book.xlsx.writeBuffer()));
    }
  }, 30_000);

  it("SheetJS itself (aoa_to_sheet with dates), and POI-style inline strings", async () => {
    const book = XLSX.utils.book_new();
    const rows = [["名单"], [], ["出生日期", "金额", "性别"], [new Date(Date.UTC(1990, 0, 1)), 1200.5, "女"]];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), "名单");
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([["x"]]), "说明");
    book.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    await agreeEverySheet(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer);
    const inline = [
      ["经办档案编号", "性别"],
      ...Array.from({ length: 3000 }, (_, i) => [`鄂江岸〔2022〕${i}号`, "女"]),
    ];
    await agreeEverySheet(inlineStringWorkbook(inline));
  }, 30_000);

  it("generated workbooks: values, rich text, date styles, both date systems, gaps, merges, hidden sheets", async () => {
    await fc.assert(
      fc.asyncProperty(BOOK, async ({ sheets, date1904 }) => {
        await agreeEverySheet(workbook(sheets, date1904));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

const PIECES = [
  "张",
  "〔2022〕",
  "鄂",
  "a",
  "Z",
  "0",
  "7",
  " ",
  "\n",
  "\r\n",
  "\t",
  "&",
  "<",
  ">",
  '"',
  "'",
  "😀",
  "_x0041_",
  "é",
  "；",
  "-",
  ".",
];
const TEXT = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));
const CELL: fc.Arbitrary<GenCell> = fc.oneof(
  fc.record({ kind: fc.constantFrom("shared" as const, "inline" as const, "rich" as const), text: TEXT }),
  // A formula's cached text: SheetJS unescapes it twice, so no "&" here (see stream.test.ts).
  fc.record({ kind: fc.constant("str" as const), text: TEXT.map((t) => t.replace(/&/g, "+")) }),
  fc.record({
    kind: fc.constant("num" as const),
    value: fc.oneof(
      fc.integer({ min: -1e6, max: 1e12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
    style: fc.constantFrom(0 as const, 3 as const),
  }),
  fc.record({
    kind: fc.constant("date" as const),
    value: fc.oneof(fc.integer({ min: -2, max: 80_000 }), fc.double({ min: 0, max: 3e6, noNaN: true })),
    style: fc.constantFrom(1 as const, 2 as const, 4 as const, 5 as const),
  }),
  fc.record({ kind: fc.constant("bool" as const), value: fc.boolean() }),
  fc.record({
    kind: fc.constant("err" as const),
    text: fc.constantFrom("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?"),
  }),
  fc.constant({ kind: "empty" as const }),
);
const ROW = fc.record({
  gap: fc.nat(3),
  noR: fc.boolean(),
  cells: fc.array(fc.record({ cell: CELL, skip: fc.nat(2), noRef: fc.boolean() }), { maxLength: 7 }),
});
const SHEET = fc.record({
  name: fc.constantFrom("花名册", "Sheet1", "说明 & 备注", "名单(2)"),
  hidden: fc.boolean(),
  rows: fc.array(ROW, { maxLength: 12 }),
  merges: fc.array(fc.record({ c: fc.nat(5), r: fc.nat(14), down: fc.nat(3), right: fc.nat(1) }), {
    maxLength: 3,
  }),
});
const BOOK = fc
  .record({ date1904: fc.boolean(), sheets: fc.array(SHEET, { minLength: 1, maxLength: 3 }) })
  .map(({ date1904, sheets }) => ({
    date1904,
    sheets: sheets.map((s, i): GenSheet => {
      let last = 0;
      const rows = s.rows.map((row): GenRow => {
        const r = row.noR ? undefined : last + 1 + row.gap;
        last = r ?? last + 1;
        let c = -1;
        // A cell without `r` follows the one before; one with `r` may skip columns.
        const cells = row.cells.map(({ cell, skip, noRef }) => {
          c += 1 + (noRef ? 0 : skip);
          return { ...cell, noRef, column: c };
        });
        return { r, cells };
      });
      const merges = s.merges.map(
        (m) => `${column(m.c)}${m.r + 1}:${column(m.c + m.right)}${m.r + 1 + m.down}`,
      );
      return { name: `${s.name}${i}`, hidden: s.hidden, rows, merges };
    }),
  }));
