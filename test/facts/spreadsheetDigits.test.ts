import { writeFileSync } from "node:fs";
import Big from "big.js";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sayMessage } from "../../src/messages/index.js";
import type { ScalarFieldDef } from "../../src/profile/fieldSchema.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { readerOf } from "../../src/profile/readFact.js";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

// office3 F10a (O8): a formula's double (=6.5*12 stores 77.99999999999999) was refused as "77.99999999999999 不是整数"
// though the cell shows 78. A spreadsheet shows and compares 15 significant digits; the digits after them are the
// binary rounding of a formula, not data. A double with more is read as the sheet shows it, and said back.
const catalogue = loadFieldCatalogue("rules/fields.yaml");
const field = (path: string) => catalogue.fields.get(path) as ScalarFieldDef;
const MONTHS = field("unemployment.contributionMonths");
const BASE = field("providentFund.base");
const RATIO = field("providentFund.ratio");

describe("a spreadsheet double is read with the 15 significant digits the sheet shows", () => {
  it.each([
    ["months", 77.99999999999999, "78", MONTHS],
    ["a base", 3333.3300000000004, "3333.33", BASE],
    ["a ratio", 0.1 + 0.2, "0.3", RATIO],
  ] as const)("%s: %s is read as %s, with a note quoting both", (_, cell, read, def) => {
    const fact = readerOf(def)(cell);
    expect(fact.ok && fact.value).toEqual(new Big(read));
    const note = fact.ok && fact.note ? sayMessage("zh", fact.note) : "";
    expect(note).toContain(String(cell));
    expect(note).toContain(`按表格显示的 ${read} 计`);
  });
  it("a value the sheet shows as a fraction is refused in the sheet's digits", () => {
    const fact = readerOf(MONTHS)(77.49999999999999);
    expect(fact.ok ? "" : sayMessage("zh", fact.says)).toContain("77.5 不是整数");
  });
  it("digits written in a file (a profile, an NDJSON line) are read as written: 11.9999999999999999 is no 12", () => {
    const fact = readerOf(MONTHS)(12, "11.9999999999999999");
    expect(fact.ok).toBe(false);
  });
  it("a double of 15 digits or fewer is read as it is, without a note", () => {
    const fact = readerOf(BASE)(3333.33);
    expect(fact.ok && fact.note).toBeUndefined();
  });
});

const { at } = tempDir("facts-digits");

describe("batch: the office3 repro (fx.xlsx row 6)", () => {
  it("a contribution count cell holding 77.99999999999999 is 78 months, said back in 说明", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("名单").addRows([
      ["经办档案编号", "失业保险参保地", "累计缴费月数"],
      ["F-5", "640121", 77.99999999999999],
    ]);
    writeFileSync(at("fx.xlsx"), Buffer.from(await book.xlsx.writeBuffer()));
    const run = await butie(["batch", at("fx.xlsx"), "--as-of", "2021-10-01"]);
    const [cols = [], row = []] = parseCsv(run.stdout) as string[][];
    expect(row[cols.indexOf("错误")]).toBe("");
    expect(row[cols.indexOf("说明")]).toContain("77.99999999999999 按表格显示的 78 计");
  }, 30_000);
});
