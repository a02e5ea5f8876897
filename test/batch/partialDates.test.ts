import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isPartialDateFormat, shownDate } from "../../src/batch/inputs/partialDate.js";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("partial-dates");
const ARGS = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund", "--format", "ndjson"];
const HEADER = ["经办档案编号", "出生日期", "性别", "户籍所在地", "具备完全民事行为能力"];
const FORMATS = [
  ["HM-1", 'yyyy"年"m"月"', "2004年3月"],
  ["HM-2", "yyyy-mm", "2004-03"],
  ["HM-3", "yyyy", "2004"],
  ["HM-4", 'm"月"d"日"', "3月1日"],
] as const;
const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const march1 = new Date(Date.UTC(2004, 2, 1));

/** Each partial cell refused, naming the column and (`exact`) what it shows; the full date read. */
function expectRefused(stdout: string, exact = true) {
  const rows = records(stdout);
  FORMATS.forEach(([ref, , shown], i) => {
    expect(rows[i].reference).toBe(ref);
    expect(rows[i].results).toBeUndefined();
    expect(rows[i].errors[0].code).toBe("profile/date");
    expect(rows[i].errors[0].col).toBe(2);
    if (exact)
      expect(rows[i].errors[0].message).toBe(
        `第 2 列（出生日期）：单元格显示为“${shown}”，不是完整的年月日（缺少的部分是表格软件自己补上的，不能当作事实）；请写年月日，如 2021年9月1日`,
      );
    else expect(rows[i].errors[0].message).toContain("不是完整的年月日");
  });
  expect(rows[FORMATS.length].errors).toBeUndefined();
}

describe("office3 F3: a date cell whose format shows no day (or no year) is refused as what it shows", () => {
  it.each([
    ['yyyy"年"m"月"', true],
    ["yyyy-mm", true],
    ["yyyy", true],
    ["mmm-yy", true],
    ['m"月"d"日"', true],
    ['yyyy"年"m"月"d"日"', false],
    ["yyyy/m/d", false],
    ["m/d/yy h:mm", false],
    ["h:mm", false],
    ["[$-F800]dddd, mmmm dd, yyyy", false],
  ])("%s partial: %s", (fmt, partial) => {
    expect(isPartialDateFormat(fmt)).toBe(partial);
  });

  it("says what the cell shows", () => {
    expect(FORMATS.map(([, fmt]) => shownDate(march1, fmt))).toEqual(FORMATS.map(([, , shown]) => shown));
  });

  it("in an .xlsx (streamed): every such cell an error naming the column; a full date read", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("花名册");
    sheet.addRow(HEADER);
    FORMATS.forEach(([ref, fmt], i) => {
      sheet.addRow([ref, march1, "女", "340104", "是"]);
      sheet.getCell(i + 2, 2).numFmt = fmt;
    });
    sheet.addRow(["HM-5", march1, "女", "340104", "是"]);
    sheet.getCell(FORMATS.length + 2, 2).numFmt = "yyyy/m/d";
    await book.xlsx.writeFile(at("ym.xlsx"));
    expectRefused((await butie(["batch", at("ym.xlsx"), ...ARGS])).stdout);
  });

  it.each(["xls", "ods"] as const)("in an .%s (SheetJS) alike", async (bookType) => {
    const sheet = XLSX.utils.aoa_to_sheet([
      HEADER,
      ...FORMATS.map(([ref]) => [ref, 38047, "女", "340104", "是"]),
      ["HM-5", 38047, "女", "340104", "是"],
    ]);
    FORMATS.forEach(([, fmt], i) => {
      const cell = sheet[`B${i + 2}`] as XLSX.CellObject;
      cell.z = fmt;
    });
    (sheet[`B${FORMATS.length + 2}`] as XLSX.CellObject).z = "yyyy/m/d";
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "花名册");
    writeFileSync(at(`ym.${bookType}`), XLSX.write(book, { type: "buffer", bookType }));
    // SheetJS's own .ods writer respells the formats (yyyy-mm as yyyymmmm): what is shown is checked in .xls.
    expectRefused((await butie(["batch", at(`ym.${bookType}`), ...ARGS])).stdout, bookType === "xls");
  });
});
