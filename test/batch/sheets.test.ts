import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sheetRows } from "../../src/batch/inputs/sheetRows.js";
import { butie } from "../cli/memoryIo.js";
import { inlineStringWorkbook } from "./zip.js";

// Workbooks written by other writers (openpyxl, xlwt, odfpy, a hand-built zip): test/batch/fixtures/make_sheets.py.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "butie-sheets-"));
const parse = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const AS_OF = ["--as-of", "2022-06-01"];

/**
 * The twins' people were generated with up to 125 months of contributions since a first insured date as late as
 * December 2019: on 2022-06-01 that many months do not fit (`profile/contradiction`), by 2030 they do.
 */
const TWIN_AS_OF = ["--as-of", "2030-06-01"];

/** Run a workbook and its NDJSON twin (the same people as profile documents): every record must be equal. */
async function sameAsTwin(name: string, extra: string[] = []) {
  const sheet = await butie(["batch", fixture(name), ...TWIN_AS_OF, "--format", "ndjson", ...extra]);
  const twin = await butie(["batch", fixture(`${name.replace(/\.\w+$/, "")}.ndjson`), ...TWIN_AS_OF]);
  expect(twin.code).toBe(0);
  const got = parse(sheet.stdout);
  const want = parse(twin.stdout);
  expect(got.filter((r) => r.errors)).toEqual([]);
  expect(got.map((r) => [r.reference, r.results])).toEqual(want.map((r) => [r.reference, r.results]));
  return { ...sheet, records: got };
}

describe("workbooks written by other writers read as their twin profiles", () => {
  it("openpyxl: a hidden first sheet, title rows, vertically merged cells and multi-line cells", async () => {
    writeFileSync(join(dir, "map.yaml"), "备注: ~\n");
    const run = await sameAsTwin("roster-openpyxl.xlsx", ["--columns", join(dir, "map.yaml")]);
    expect(run.code).toBe(0);
    // Rows as the office sees them: the header is row 3, the first person row 4, whatever the multi-line 备注 cells.
    expect(run.records.map((r) => r.row)).toEqual(Array.from({ length: 30 }, (_, i) => i + 4));
    expect(run.stderr).toContain("已跳过隐藏的工作表 填表说明，读取“花名册”");
    expect(run.stderr).toContain("第 1–2 行在表头之上（标题），已跳过；表头在第 3 行");
    expect(run.stderr).toContain("10 处纵向合并单元格（G4:G6、G7:G9");
  }, 60_000);

  it("openpyxl: the 1904 date system", async () => {
    expect((await sameAsTwin("date1904.xlsx")).code).toBe(0);
  }, 60_000);

  it("xlwt: Excel 97-2003 (.xls, BIFF8)", async () => {
    expect((await sameAsTwin("roster-xlwt.xls")).code).toBe(0);
  }, 60_000);

  it("odfpy: OpenDocument (.ods)", async () => {
    expect((await sameAsTwin("roster-odf.ods")).code).toBe(0);
  }, 60_000);

  it("Python's zipfile: inline strings", async () => {
    expect((await sameAsTwin("inline-strings.xlsx")).code).toBe(0);
  }, 60_000);
});

describe("cells that readers get wrong", () => {
  it("inline-string workbooks keep every Chinese character, however long the sheet (exceljs cut them)", async () => {
    const N = 20_000;
    const rows = [["经办档案编号", "就业状态", "已办理失业登记并有求职要求", "性别"]];
    for (let i = 0; i < N; i++)
      rows.push([`鄂江岸〔2022〕${String(i).padStart(5, "0")}号`, "失业", "是", "女"]);
    writeFileSync(join(dir, "inline.xlsx"), inlineStringWorkbook(rows));
    const run = await butie(["batch", join(dir, "inline.xlsx"), ...AS_OF, "--format", "ndjson"]);
    expect(run.code).toBe(0);
    const records = parse(run.stdout);
    expect(records).toHaveLength(N);
    expect(records.filter((r) => r.errors)).toEqual([]);
    const wrong = records.filter((r, i) => r.reference !== `鄂江岸〔2022〕${String(i).padStart(5, "0")}号`);
    expect(wrong).toEqual([]);
  }, 120_000);

  it("serials before 1900-03-01 are the days Excel shows; an ID number stored as a number is refused", async () => {
    const read = await sheetRows(readFileSync(fixture("odd-cells.xlsx")), "odd-cells.xlsx");
    const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    expect(read.rows.slice(1).map((r) => iso(r.cells[1]))).toEqual([
      "1900-01-15",
      "1900-02-28",
      "1900-03-01",
      "1949-12-31",
    ]);
    const run = await butie(["batch", fixture("odd-cells.xlsx"), ...AS_OF, "--format", "ndjson"]);
    const last = parse(run.stdout).at(-1);
    // Excel kept 15 digits of 110105194912310021: the number is not the ID number, and is never read as one.
    expect(last.errors).toEqual([expect.objectContaining({ line: 5, col: 3 })]);
    expect(run.stdout).not.toContain("11010519491231");
  }, 60_000);

  it("chooses a sheet by name or number", async () => {
    const bytes = readFileSync(fixture("roster-openpyxl.xlsx"));
    expect((await sheetRows(bytes, "x.xlsx", { sheet: "填表说明" })).rows[0]?.cells).toEqual([
      "请勿修改本表",
    ]);
    // 填表说明 is hidden: numbers count the visible sheets only (inputs2 F8).
    expect((await sheetRows(bytes, "x.xlsx", { sheet: "1" })).name).toBe("花名册");
    await expect(sheetRows(bytes, "x.xlsx", { sheet: "名单" })).rejects.toThrow(
      'no sheet "名单" (visible sheets by number: 1 花名册; numbers count visible sheets only); hidden sheets: 填表说明 (choose them by name)',
    );
  }, 30_000);
});

describe("the header row", () => {
  it("is found past title rows, and mapping the title to ~ no longer yields a run of empty records", async () => {
    const csv = "2022年花名册,,\n填报单位：某中心,,\n出生日期,性别,失业保险参保地\n1990/1/1,女,640104\n";
    writeFileSync(join(dir, "titled.csv"), csv);
    writeFileSync(join(dir, "title-map.yaml"), "2022年花名册: ~\n");
    for (const extra of [[], ["--columns", join(dir, "title-map.yaml")]]) {
      const run = await butie(["batch", join(dir, "titled.csv"), ...AS_OF, "--format", "ndjson", ...extra]);
      expect(run.code).toBe(0);
      const [record] = parse(run.stdout);
      expect(record.row).toBe(4);
      expect(record.results["ningxia.unemployment-subsidy"].status).not.toBe("not-applicable");
    }
  }, 60_000);

  it("that cannot be found is a plain error saying how to name it", async () => {
    writeFileSync(join(dir, "nohead.csv"), "花名册\n甲,乙\n1,2\n");
    const run = await butie(["batch", join(dir, "nohead.csv"), ...AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到表头");
    expect(run.stderr).toContain("--header-row");
    expect(run.stdout).toBe("");
  }, 30_000);
});
