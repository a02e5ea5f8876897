import { InputError, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { limitError, readerError, workbookKind } from "../../files/readerProblems.js";
import { LIMITS } from "../../limits.js";
import { type Message, message } from "../../messages/index.js";
import { odsHiddenSheets } from "./odsHidden.js";
import { dateCell, partialBuiltinFormat } from "./partialDate.js";
import { serialDate } from "./serialDate.js";
import { chooseSheet, type SheetChoice, type SheetRead, sheetRecords } from "./sheetShape.js";
import { checkWorkbook } from "./workbookCheck.js";
import { streamSheet } from "./xlsx/streamSheet.js";

export { serialDate } from "./serialDate.js";
export type { SheetChoice, SheetRead } from "./sheetShape.js";

type XlsxModule = typeof import("@e965/xlsx");
type Cell = { t: string; v?: unknown; z?: string | number; w?: string };

let loaded: Promise<XlsxModule> | undefined;

/** SheetJS with its code pages (legacy .xls text in GBK and others); large, so loaded only when a sheet is read. */
function sheetjs(): Promise<XlsxModule> {
  loaded ??= (async () => {
    const xlsx = await import("@e965/xlsx");
    const cptable = await import("@e965/xlsx/dist/cpexcel.full.mjs");
    xlsx.set_cptable(cptable);
    return xlsx;
  })();
  return loaded;
}

/**
 * The rows of one sheet of a workbook. Rows keep their physical numbers (a multi-line cell is one row); empty
 * rows are skipped; a merged range gives its value to every cell it covers; date cells become dates in the
 * workbook's own date system. An .xlsx/.xlsm sheet is streamed (xlsx/streamSheet.ts); .xls, .ods, WPS .et and
 * what the stream does not read go to SheetJS, which gives the same rows (test/xlsx/agreement.test.ts).
 */
export async function sheetRows(bytes: Buffer, file: string, choice: SheetChoice = {}): Promise<SheetRead> {
  return (await streamSheet(bytes, file, choice)) ?? sheetjsRows(bytes, file, choice);
}

/** The rows of one sheet as SheetJS reads it (the whole workbook in memory). */
export async function sheetjsRows(bytes: Buffer, file: string, choice: SheetChoice = {}): Promise<SheetRead> {
  checkWorkbook(bytes, file);
  const xlsx = await sheetjs();
  const notes: Message[] = [];
  try {
    // First only the sheet list and visibility (one row of each), then the chosen sheet whole.
    const meta = xlsx.read(bytes, { type: "buffer", sheetRows: 1, dense: true });
    const names = meta.SheetNames;
    const odsHidden = odsHiddenSheets(bytes, file);
    const hidden = names.map(
      (n) => Boolean(meta.Workbook?.Sheets?.find((s) => s.name === n)?.Hidden) || Boolean(odsHidden?.has(n)),
    );
    const { name, others } = chooseSheet(names, hidden, file, choice, notes);
    const book = xlsx.read(bytes, {
      type: "buffer",
      dense: true,
      cellNF: true,
      cellHTML: false,
      sheets: name,
    });
    const sheet = book.Sheets[name];
    if (!sheet)
      throw new UsageError(message("usage/sheet-missing", { file, sheet: name, sheets: "", hidden: "" }));
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    const values = sheetValues(sheet, date1904, xlsx, file);
    return { name, others, ...sheetRecords(values, sheet["!merges"] ?? [], notes), notes, date1904 };
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) throw e;
    // What SheetJS cannot open among compound files is an old or password-protected workbook.
    if (workbookKind(bytes.subarray(0, 8)) === "ole") throw readerError(file, message("file/ole"));
    throw new UsageError(message("usage/sheet-unreadable", { file, reason: clip((e as Error).message) }));
  }
}

function sheetValues(
  sheet: ReturnType<XlsxModule["read"]>["Sheets"][string],
  date1904: boolean,
  xlsx: XlsxModule,
  file: string,
): unknown[][] {
  const data = ((sheet as { "!data"?: (Cell | null | undefined)[][] })["!data"] ?? []) as (
    | (Cell | null | undefined)[]
    | undefined
  )[];
  const values: unknown[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    if (row.length > LIMITS.columns && filled(row) > LIMITS.columns) throw limitError(file, "columns", r + 1);
    const out: unknown[] = [];
    for (let c = 0; c < row.length; c++) out[c] = cellOf(row[c], date1904, xlsx);
    values[r] = out;
  }
  return values;
}

/** How many cells of a row hold a value (a formatted but empty cell does not). */
function filled(row: readonly (Cell | null | undefined)[]): number {
  let n = 0;
  for (const cell of row) if (cell && cell.v !== undefined && cell.v !== null && cell.v !== "") n++;
  return n;
}

/** A cell as a profile cell reader takes it: text, a number, a boolean, or a date (a Date at UTC midnight). */
function cellOf(cell: Cell | null | undefined, date1904: boolean, xlsx: XlsxModule): unknown {
  if (!cell || cell.v === undefined || cell.v === null) return undefined;
  switch (cell.t) {
    case "s":
    case "str":
      return String(cell.v);
    case "b":
      return cell.v;
    case "n": {
      const v = cell.v as number;
      if (cell.z !== undefined && xlsx.SSF.is_date(cell.z)) {
        const date = serialDate(v, date1904);
        return date === undefined ? v : dateCell(date, formatCode(cell.z, xlsx));
      }
      return v;
    }
    case "d":
      return cell.v instanceof Date ? dateCell(cell.v, formatCode(cell.z, xlsx)) : String(cell.v);
    case "e":
      return cell.w ?? "#ERROR";
    default:
      return cell.w ?? cell.v;
  }
}

/** A cell's number format as its code (SheetJS gives a built-in one by its number). */
function formatCode(z: string | number | undefined, xlsx: XlsxModule): string | undefined {
  if (typeof z !== "number") return z;
  return partialBuiltinFormat(z) ?? String(xlsx.SSF.get_table()[z] ?? "");
}
