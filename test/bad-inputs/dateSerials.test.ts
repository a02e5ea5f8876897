import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { tableInput } from "../../src/batch/inputs/tableInput.js";
import { sayMessage } from "../../src/messages/index.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { BUNDLED_RULES } from "../../src/rules/ruleFiles.js";
import { butie } from "../cli/memoryIo.js";

// Issue 17/18: a date column holding plain numbers (serials with no date format) was refused in every workbook.
// It is read in the workbook's own date system, and said back. Serial 33000:
//   1900 system: 1899-12-30 + 33000 days = 1990-05-07;  1904 system: 1904-01-01 + 33000 days = 1994-05-08.
// 33000.75 is the same day at 18:00.
const DAY_1900 = new Date(Date.UTC(1990, 4, 7));
const DAY_1904 = new Date(Date.UTC(1994, 4, 8));
const HEADER = ["经办档案编号", "出生日期", "性别"];
const ROWS = [HEADER, ["A-1", 33000, "男"], ["A-2", 33000.75, "女"]];

const catalogue = loadFieldCatalogue(join(BUNDLED_RULES, "fields.yaml"));
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const ROOT = mkdtempSync(join(tmpdir(), "butie-serials-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

/** The birth dates as read, and the notes said. */
async function read(bytes: Buffer) {
  const input = { kind: "sheet" as const, name: "b.xlsx", stream: Readable.from([bytes]) };
  const table = await tableInput(input, catalogue, {});
  const days: unknown[] = [];
  for await (const row of table.rows) days.push((row as { cells: unknown[] }).cells[1]);
  return { days, notes: table.notes.map((m) => sayMessage("en", m)) };
}

/** Written by openpyxl (make_serials.py). */
const openpyxl = (date1904: boolean) =>
  readFileSync(fixture(date1904 ? "serial-1904.xlsx" : "serial-1900.xlsx"));

function sheetjs(date1904: boolean): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ROWS), "名单");
  book.Workbook = { WBProps: { date1904 } };
  return XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;
}

async function exceljs(date1904: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  book.addWorksheet("名单").addRows(ROWS);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("plain numbers in a date column are serials of the workbook's date system", () => {
  const writers: [string, (d: boolean) => Promise<Buffer> | Buffer][] = [
    ["openpyxl", openpyxl],
    ["SheetJS", sheetjs],
    ["ExcelJS", exceljs],
  ];

  it.each(writers)("%s: 1904 and 1900 workbooks", async (_writer, write) => {
    const in1904 = await read(await write(true));
    expect(in1904.days).toEqual([DAY_1904, DAY_1904]);
    expect(in1904.notes).toContain(
      "2 plain numbers in the date column(s) 出生日期 were read as Excel date serials of this workbook's 1904 date system (format the column as dates to make this explicit)",
    );
    const in1900 = await read(await write(false));
    expect(in1900.days).toEqual([DAY_1900, DAY_1900]);
    expect(in1900.notes.join("\n")).toContain("1900 date system");
  });

  it("batch evaluates them (exit 0, no error) and says so in Chinese", async () => {
    writeFileSync(join(ROOT, "b.xlsx"), openpyxl(true));
    const run = await butie(["batch", "b.xlsx", "--format", "ndjson", "--program", "hubei.startup-subsidy"], {
      cwd: ROOT,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('"errors"');
    expect(run.stderr).toContain("已按本工作簿的 1904 日期系统读作 Excel 日期序号");
  });

  it("a number in a CSV date column is still refused: a CSV has no date system", async () => {
    writeFileSync(join(ROOT, "b.csv"), "出生日期\n33000\n");
    const run = await butie(["batch", "b.csv", "--format", "ndjson", "--lang", "en"], { cwd: ROOT });
    expect(run.stdout).toContain(String.raw`\"33000\" is not a calendar date`);
  });
});
