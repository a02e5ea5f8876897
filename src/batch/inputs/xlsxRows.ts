import type { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import type { TableRecord } from "./csvRows.js";

/**
 * The rows of the first worksheet of an .xlsx stream, read with exceljs's streaming reader (memory stays
 * flat however many rows), the header first. Row numbers are Excel's; empty rows are skipped.
 */
export async function* xlsxRows(stream: Readable): AsyncGenerator<TableRecord> {
  // exceljs is large: loaded only when Excel is read.
  const { default: excel } = await import("exceljs");
  const reader = new excel.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      // exceljs rows are 1-based sparse arrays: cell A is values[1].
      const values = (row.values as unknown[]).slice(1);
      if (values.some((v) => v !== null && v !== undefined && v !== ""))
        yield { line: row.number, cells: values };
    }
    return;
  }
}
