import { describe, expect, it, vi } from "vitest";
import { sheetjsRows, sheetRows } from "../../src/batch/inputs/sheetRows.js";
import { UNCOMPUTED_FORMULA } from "../../src/batch/inputs/uncomputedFormula.js";
import { streamSheet } from "../../src/batch/inputs/xlsx/streamSheet.js";
import { formatDiagnosticIn, InputError } from "../../src/diagnostics.js";
import { zip } from "../batch/zip.js";
import { type GenRow, workbook } from "./book.js";

// Small limits, so that what the real ones bound (a 200,000-row roster) fits in a test.
vi.mock("../../src/limits.js", async (original) => {
  const { LIMITS } = await original<typeof import("../../src/limits.js")>();
  return { LIMITS: { ...LIMITS, unpackedBytes: 200_000, rowBytes: 100_000, sheetCells: 5_000 } };
});

const said = async (read: Promise<unknown>, lang: "zh" | "en" = "en") => {
  const e = await read.then(
    () => undefined,
    (x: unknown) => x,
  );
  return e instanceof InputError
    ? e.diagnostics.map((d) => formatDiagnosticIn(d, lang)).join("\n")
    : String(e);
};

const inlineRows = (n: number, width: number, text: (r: number, c: number) => string): GenRow[] =>
  Array.from({ length: n }, (_, r) => ({
    cells: Array.from({ length: width }, (_, c) => ({ kind: "inline" as const, text: text(r, c) })),
  }));

describe("an .xlsx sheet is streamed: its unpacked size is no limit, what it holds is", () => {
  it("reads a sheet that unpacks past the cap on parts read whole (SheetJS refuses it: 工作簿解压后超过)", async () => {
    // 1,000 rows × 4 inline cells of about 60 bytes each: about 300 KB of sheet XML, past 200,000 bytes.
    const bytes = workbook([
      { name: "花名册", rows: inlineRows(1_000, 4, (r, c) => `鄂江岸〔2022〕${r}号-${c}`) },
    ]);
    expect(await said(sheetjsRows(bytes, "big.xlsx"), "zh")).toContain("工作簿解压后超过");
    const read = await sheetRows(bytes, "big.xlsx");
    expect(read.rows).toHaveLength(1_000);
    expect(read.rows[999]).toEqual({
      line: 1000,
      cells: [
        "鄂江岸〔2022〕999号-0",
        "鄂江岸〔2022〕999号-1",
        "鄂江岸〔2022〕999号-2",
        "鄂江岸〔2022〕999号-3",
      ],
    });
  });

  it("keeps every character whichever chunk boundary cuts it (3- and 4-byte UTF-8, entities)", async () => {
    // 1,250 rows of 4 cells (5,000 cells, the mocked limit) of 3-byte and 4-byte characters: several 256 KiB chunks.
    const text = (r: number, c: number) => `${"鄂".repeat((r * 7 + c) % 23)}😀&<${r}>${"〔".repeat(c)}`;
    const bytes = workbook([{ name: "s", rows: inlineRows(1_250, 4, text) }]);
    const read = await streamSheet(bytes, "s.xlsx", {});
    const wrong = read?.rows.filter((row, r) => row.cells.some((v, c) => v !== text(r, c)));
    expect(read?.rows).toHaveLength(1_250);
    expect(wrong).toEqual([]);
  });

  it("refuses more cells than it holds, one row's XML past its cap, and a cell past Excel's length", async () => {
    const many = workbook([{ name: "s", rows: inlineRows(1_001, 5, () => "x") }]);
    expect(await said(sheetRows(many, "m.xlsx"))).toMatch(/m\.xlsx:1001:1 .*more than 5000 cells/);
    expect(await said(sheetRows(many, "m.xlsx"), "zh")).toContain("工作表中有内容的单元格超过 5000 个");
    // 5 cells of 30,000 three-byte characters: 450 KB of XML before the row closes, past a 256 KiB chunk.
    const wide = workbook([{ name: "s", rows: inlineRows(1, 5, () => "鄂".repeat(30_000)) }]);
    expect(await said(sheetRows(wide, "w.xlsx"))).toContain("one row of the sheet holds more than");
    const long = workbook([{ name: "s", rows: inlineRows(1, 1, () => "z".repeat(32_768)) }]);
    expect(await said(sheetRows(long, "l.xlsx"))).toMatch(/l\.xlsx:1:1 .*more than 32767 characters/);
  });

  it("refuses references beyond the sheet, entity declarations and a sheet cut short, as SheetJS's guard does", async () => {
    const sheet = (xml: string) => withSheet(`<worksheet><sheetData>${xml}</sheetData></worksheet>`);
    expect(await said(sheetRows(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'), "b.xlsx"))).toContain(
      "cell reference XFE1 is beyond the last column XFD",
    );
    expect(await said(sheetRows(sheet('<row r="1048577"><c><v>1</v></c></row>'), "b.xlsx"))).toContain(
      "cell reference A1048577 is beyond",
    );
    const dtd = withSheet('<!DOCTYPE x [<!ENTITY a "a">]><worksheet><sheetData></sheetData></worksheet>');
    expect(await said(sheetRows(dtd, "b.xlsx"))).toContain("declares XML entities");
    const cut = withSheet('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>');
    expect(await said(sheetRows(cut, "b.xlsx"))).toContain("cut short");
  });

  it("a formula never calculated (openpyxl writes none): no 0 invented; the stream marks it", async () => {
    const bytes = withSheet(
      '<worksheet><sheetData><row r="1"><c r="A1"><f>SUM(B1:B2)</f></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>',
    );
    // inputs #11: batch refuses the cell (src/batch/cellScreen.ts), where it was read as empty. SheetJS (.xls,
    // .ods, what the stream hands on) keeps no cell for it: still blank there.
    expect((await sheetjsRows(bytes, "f.xlsx")).rows[0]?.cells).toEqual([undefined, 3]);
    expect((await streamSheet(bytes, "f.xlsx", {}))?.rows[0]?.cells).toEqual([UNCOMPUTED_FORMULA, 3]);
  });

  it.each([
    ["<v />", "openpyxl 3.1"],
    ["<v></v>", "an empty value element"],
  ])("a formula with %s (%s) is uncomputed, never an empty cell (inputs2 F1)", async (v) => {
    const bytes = withSheet(
      `<worksheet><sheetData><row r="1"><c r="A1"><f>10+10</f>${v}</c><c r="B1"><v>3</v></c></row></sheetData></worksheet>`,
    );
    expect((await streamSheet(bytes, "f.xlsx", {}))?.rows[0]?.cells).toEqual([UNCOMPUTED_FORMULA, 3]);
  });
});

describe("what the stream hands to SheetJS", () => {
  it('prefixed XML (<x:sheetData>), and a t="d" cell', async () => {
    const M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const prefixed = withSheet(
      `<x:worksheet xmlns:x="${M}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const dated = withSheet(
      '<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2022-01-01T00:00:00Z</v></c></row></sheetData></worksheet>',
    );
    for (const bytes of [prefixed, dated]) {
      expect(await streamSheet(bytes, "p.xlsx", {})).toBeUndefined();
      expect(await sheetRows(bytes, "p.xlsx")).toEqual(await sheetjsRows(bytes, "p.xlsx"));
    }
  });

  it("a shared string the workbook has no table for is never read as blank", async () => {
    const bytes = withSheet(
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>3</v></c></row></sheetData></worksheet>',
    );
    expect(await streamSheet(bytes, "s.xlsx", {})).toBeUndefined();
    await expect(sheetRows(bytes, "s.xlsx")).rejects.toThrow("s.xlsx");
  });
});

describe("where the stream differs from SheetJS on purpose", () => {
  it("a formula's text result is unescaped once (SheetJS twice: A&amp;amp;B would read A&B)", async () => {
    const bytes = withSheet(
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><f>"x"</f><v>A&amp;amp;B</v></c></row></sheetData></worksheet>',
    );
    expect((await sheetjsRows(bytes, "f.xlsx")).rows[0]?.cells).toEqual(["A&B"]);
    expect((await streamSheet(bytes, "f.xlsx", {}))?.rows[0]?.cells).toEqual(["A&amp;B"]);
  });

  it("a Chinese Excel's built-in date format (31: yyyy年m月d日, no <numFmt>) is a date from the first cell on", async () => {
    const styles =
      '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="31"/></cellXfs></styleSheet>';
    const bytes = withSheet(
      '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>44562</v></c></row></sheetData></worksheet>',
      styles,
    );
    // 44562 days after 1899-12-30 is 2022-01-01.
    expect((await streamSheet(bytes, "d.xlsx", {}))?.rows[0]?.cells).toEqual([
      new Date(Date.UTC(2022, 0, 1)),
    ]);
  });
});

/** A one-sheet workbook around the given sheet XML (and styles), as a hand-built zip. */
function withSheet(sheetXml: string, styles = "<styleSheet/>"): Buffer {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  return zip({
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPES}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPES}.worksheet+xml"/></Types>`,
    "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": styles,
    "xl/worksheets/sheet1.xml": sheetXml,
  });
}
