import { InputError, UsageError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import { limitError, readerError, workbookKind } from "../../files/readerProblems.js";
import { LIMITS } from "../../limits.js";
import { type Message, message } from "../../messages/index.js";
import type { TableRecord } from "./csvRows.js";
import { checkWorkbook } from "./workbookCheck.js";

/** Which sheet to read: its name or 1-based position; by default the first visible one. */
export interface SheetChoice {
  readonly sheet?: string;
}

/** A sheet read whole: its rows (physical row numbers, merged values spread) and what was done that the user must know. */
export interface SheetRead {
  readonly name: string;
  readonly rows: TableRecord[];
  readonly notes: Message[];
  /** The workbook counts days from 1904-01-01 (Excel for Mac before 2011), not 1900. */
  readonly date1904: boolean;
}

type XlsxModule = typeof import("@e965/xlsx");
type Cell = { t: string; v?: unknown; z?: string | number; w?: string };

const DAY_MS = 86_400_000;
// The 1900 system: day 1 is 1900-01-01 and day 60 is 1900-02-29, a day that never was (Lotus's leap-year
// error, kept by Excel). From day 61 (1900-03-01) on, days count from 1899-12-30; before, from 1899-12-31.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

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
 * The rows of one sheet of a workbook (.xlsx, .xlsm, .xls, .ods, WPS .et — whatever SheetJS reads), read by
 * SheetJS. Rows keep their physical numbers (a multi-line cell is one row); empty rows are skipped; a merged
 * range gives its value to every cell it covers; date cells become dates in the workbook's own date system.
 */
export async function sheetRows(bytes: Buffer, file: string, choice: SheetChoice = {}): Promise<SheetRead> {
  checkWorkbook(bytes, file);
  const xlsx = await sheetjs();
  const notes: Message[] = [];
  let book: ReturnType<XlsxModule["read"]>;
  try {
    // First only the sheet list and visibility (one row of each), then the chosen sheet whole.
    const meta = xlsx.read(bytes, { type: "buffer", sheetRows: 1, dense: true });
    const name = chooseSheet(meta, file, choice, notes);
    book = xlsx.read(bytes, { type: "buffer", dense: true, cellNF: true, cellHTML: false, sheets: name });
    const sheet = book.Sheets[name];
    if (!sheet) throw new UsageError(message("usage/sheet-missing", { file, sheet: name, sheets: "" }));
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    return { name, rows: sheetRecords(sheet, date1904, xlsx, file, notes), notes, date1904 };
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) throw e;
    // What SheetJS cannot open among compound files is an old or password-protected workbook.
    if (workbookKind(bytes.subarray(0, 8)) === "ole") throw readerError(file, message("file/ole"));
    throw new UsageError(message("usage/sheet-unreadable", { file, reason: clip((e as Error).message) }));
  }
}

function chooseSheet(
  book: ReturnType<XlsxModule["read"]>,
  file: string,
  choice: SheetChoice,
  notes: Message[],
): string {
  const names = book.SheetNames;
  const hidden = (name: string) => Boolean(book.Workbook?.Sheets?.find((s) => s.name === name)?.Hidden);
  const list = names.join("、");
  if (choice.sheet !== undefined) {
    const byNumber = /^\d+$/.test(choice.sheet) ? names[Number(choice.sheet) - 1] : undefined;
    const name = names.includes(choice.sheet) ? choice.sheet : byNumber;
    if (!name)
      throw new UsageError(message("usage/sheet-missing", { file, sheet: choice.sheet, sheets: list }));
    return name;
  }
  const visible = names.filter((n) => !hidden(n));
  const name = visible[0];
  if (!name) throw new UsageError(message("usage/sheet-missing", { file, sheet: "", sheets: list }));
  const skipped = names.slice(0, names.indexOf(name));
  if (skipped.length) notes.push(message("batch/hiddenSkipped", { sheets: skipped.join("、"), sheet: name }));
  if (visible.length > 1)
    notes.push(message("batch/otherSheets", { sheet: name, others: visible.slice(1).join("、") }));
  return name;
}

function sheetRecords(
  sheet: ReturnType<XlsxModule["read"]>["Sheets"][string],
  date1904: boolean,
  xlsx: XlsxModule,
  file: string,
  notes: Message[],
): TableRecord[] {
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
  const spread = spreadMerges(sheet["!merges"] ?? [], values);
  if (spread.length)
    notes.push(message("batch/mergedSpread", { ranges: spread.slice(0, 5).join("、"), n: spread.length }));
  const rows: TableRecord[] = [];
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (!cells?.some((v) => v !== undefined && v !== "")) continue;
    rows.push({ line: r + 1, cells: Array.from(cells, (v) => v) });
  }
  return rows;
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
      if (cell.z !== undefined && xlsx.SSF.is_date(cell.z)) return serialDate(v, date1904) ?? v;
      return v;
    }
    case "d":
      return cell.v instanceof Date ? cell.v : String(cell.v);
    case "e":
      return cell.w ?? "#ERROR";
    default:
      return cell.w ?? cell.v;
  }
}

/**
 * The day of a date serial in the workbook's date system, or a text for 1900-02-29 (a day Excel counts that
 * never was: the date check refuses it as written), or undefined for a serial that is no day.
 */
export function serialDate(serial: number, date1904: boolean): Date | string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  if (date1904) return new Date(EPOCH_1904 + day * DAY_MS);
  if (day === 0) return undefined;
  if (day === 60) return "1900-02-29";
  return new Date((day < 60 ? EPOCH_1900_EARLY : EPOCH_1900) + day * DAY_MS);
}

/** Give each merged range's value to every cell it covers; the ranges that spread a value, as A1:A3. */
function spreadMerges(
  merges: readonly { s: { r: number; c: number }; e: { r: number; c: number } }[],
  values: unknown[][],
): string[] {
  const spread: string[] = [];
  const ordered = [...merges].sort((a, b) => a.s.r - b.s.r || a.s.c - b.s.c);
  for (const m of ordered) {
    const value = values[m.s.r]?.[m.s.c];
    if (value === undefined || value === "") continue;
    if (m.e.r === m.s.r) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = values[r] ?? [];
      values[r] = row;
      for (let c = m.s.c; c <= m.e.c; c++) row[c] = value;
    }
    spread.push(`${address(m.s.r, m.s.c)}:${address(m.e.r, m.e.c)}`);
  }
  return spread;
}

function address(r: number, c: number): string {
  let letters = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}
