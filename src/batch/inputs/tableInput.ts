import type { Readable } from "node:stream";
import { InputError, UsageError } from "../../diagnostics.js";
import { type Message, message } from "../../messages/index.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import { convertedColumns } from "../cellScreen.js";
import type { InputRow } from "../chunk.js";
import { type Column, type ColumnMap, resolveColumns } from "../columns.js";
import { csvRows, type TableRecord } from "./csvRows.js";
import { findHeader, HEADER_SEARCH_ROWS } from "./headerRow.js";
import { InputFault } from "./inputFault.js";
import { notARecord, SkippedRows } from "./notRecords.js";
import { type Input, readAll } from "./openInput.js";
import { rosterSheet } from "./rosterSheet.js";
import { type SheetRead, serialDate } from "./sheetRows.js";

export interface TableOptions {
  /** The text encoding of CSV, when named. */
  readonly encoding?: string;
  /** The sheet of a workbook (name or 1-based number). */
  readonly sheet?: string;
  /** The physical row of the header, when named; else it is found. */
  readonly headerRow?: number;
}

// The fields a sums row below a roster adds up: counts and money.
const SUMMED_TYPES = new Set(["integer", "decimal"]);

/** A table input bound to fields: its data rows, its columns, and what the reading did that the user must know. */
export interface TableInput {
  readonly rows: AsyncIterable<InputRow>;
  readonly columns: Column[];
  readonly notes: Message[];
  /** Rows that are no applicants (blank, a total, the form's footer), filled as the rows are read. */
  readonly skipped: SkippedRows;
}

/**
 * Open a CSV or workbook: find its header row (past title rows), bind the header to fields (problems located
 * in the header row), and give the rows below it.
 */
export async function tableInput(
  input: Input,
  catalogue: FieldCatalogue,
  map: ColumnMap,
  options: TableOptions = {},
): Promise<TableInput> {
  const { records, head, fault, notes, sheet } = await readHead(input, options, catalogue, map);
  const skipped = new SkippedRows();
  // An empty file (an export still being written is 0 bytes at first) or sheet is no roster of no one.
  if (!head.length)
    throw new UsageError(message("batch/emptyInput", { file: input.name, sheet: sheet?.name ?? "" }));
  const found = findHeader(head, catalogue, map, input.name, options.headerRow);
  notes.push(...found.notes);
  const headerRecord = head[found.index] as TableRecord;
  const header = headerRecord.cells.map((c) => (c === null || c === undefined ? "" : String(c)));
  // Cells right of the last header (formatting, a stray space) are no columns.
  while (header.length && !header.at(-1)?.trim()) header.pop();
  const { columns, diagnostics } = resolveColumns(header, catalogue, input.name, headerRecord.line, map);
  if (diagnostics.length) throw new InputError(diagnostics);
  if (!columns.some((c) => c.field))
    throw new UsageError(message("usage/no-field-columns", { file: input.name, row: headerRecord.line }));
  for (const { column, unit, into } of convertedColumns(columns, catalogue))
    notes.push(
      message("batch/columnUnitRead", { header: column.header, word: unit.word, factor: unit.factor, into }),
    );
  const rest = head.slice(found.index + 1);
  if (sheet) checkBlocks(sheet, columns, headerRecord.line, input.name);
  if (sheet) {
    const read = serialDates(sheet, rest, columns, catalogue);
    if (read) notes.push(read);
  }
  // A sheet keeps no blank row; the physical rows between two it gives are blank (a CSV's lines are not rows).
  let previous = headerRecord.line;
  const sumColumns = new Set(
    columns
      .filter((c) => SUMMED_TYPES.has(c.field ? (catalogue.fields.get(c.field)?.type ?? "") : ""))
      .map((c) => c.index - 1),
  );
  const record = (row: TableRecord): boolean => {
    if (sheet) for (let line = previous + 1; line < row.line; line++) skipped.add("blank", line);
    previous = row.line;
    const kind = notARecord(row.cells, sumColumns);
    if (kind) skipped.add(kind, row.line);
    return kind === undefined;
  };
  async function* rows(): AsyncGenerator<InputRow> {
    for (const row of rest) if (record(row)) yield row;
    if (fault) throw fault;
    for (let next = await records.next(); !next.done; next = await records.next())
      if (record(next.value)) yield next.value;
  }
  return { rows: rows(), columns, notes, skipped };
}

/**
 * A range merged down several rows and across several field columns below the header gives one value to each
 * column (`是` in 非因本人意愿中断就业 also filling 已办理失业登记): refused, naming the range and its columns.
 */
function checkBlocks(sheet: SheetRead, columns: readonly Column[], headerLine: number, file: string): void {
  for (const block of sheet.blocks) {
    if (block.e.r + 1 <= headerLine) continue;
    const covered = columns.filter((c) => c.field && c.index - 1 >= block.s.c && c.index - 1 <= block.e.c);
    if (covered.length > 1)
      throw new UsageError(
        message("batch/mergeAcross", {
          file,
          range: block.address,
          columns: covered.map((c) => c.header).join("、"),
        }),
      );
  }
}

/** The first records of a table (enough to find its header), the rest still to read, and a fault among them. */
async function readHead(input: Input, options: TableOptions, catalogue: FieldCatalogue, map: ColumnMap) {
  const notes: Message[] = [];
  let records: AsyncIterator<TableRecord>;
  let sheet: SheetRead | undefined;
  if (input.kind === "sheet") {
    const read = await rosterSheet(
      await readAll(input.stream, input.name),
      input.name,
      options,
      catalogue,
      map,
    );
    sheet = read;
    notes.push(...read.notes);
    records = (async function* () {
      // Each row let go once handed on: the rows still ahead, not the whole sheet, stay in memory while a
      // large workbook is evaluated.
      const rows = read.rows as (TableRecord | undefined)[];
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as TableRecord;
        rows[i] = undefined;
        yield row;
      }
    })();
  } else records = csvRows(input.stream as Readable, input.name, options.encoding);
  const head: TableRecord[] = [];
  const enough = () =>
    options.headerRow === undefined
      ? head.length >= HEADER_SEARCH_ROWS
      : (head.at(-1)?.line ?? 0) >= options.headerRow;
  // A fault among the first rows comes after the rows before it, as anywhere else in the file.
  let fault: InputFault | undefined;
  try {
    while (!enough()) {
      const next = await records.next();
      if (next.done) break;
      head.push(next.value);
    }
  } catch (e) {
    if (!(e instanceof InputFault) || !head.length) throw e;
    fault = e;
  }
  return { records, head, fault, notes, sheet };
}

// A plain number is read as a date serial only in these bounds: its whole days give a day from 1910-01-01 to
// 2099-12-31 (1900 system; the 1904 one is 1,462 less), a fraction being a time of day. Below are ages and
// counts (35) and years (1988 would be 1905-06-10, 1988.05 too); above, years with months (198805).
const SERIALS = { from: 3654, to: 73050 } as const;
const YYYYMMDD = /^(19|20|21)\d{6}$/;

/**
 * Whether a plain number in a date column is a date serial, never a year, an age or a year and month written
 * as a number. 19880520 is not one: the date reader reads it as written, as it does in a CSV.
 */
function isPlainSerial(value: number, date1904: boolean): boolean {
  const shift = date1904 ? 1462 : 0;
  const day = Math.floor(value);
  return day >= SERIALS.from - shift && day <= SERIALS.to - shift;
}

/**
 * A plain number in a date column of a workbook (a serial without a date format, as some office systems
 * export dates) is the date it counts in the workbook's own date system when `isPlainSerial`; said back as a
 * note. Any other is passed on as its text as typed (`1988`, `35`, `198805`), which the date reader refuses as
 * it refuses the same text in a CSV, naming the column and the value. The data rows (`rest` of the head, then
 * those not yet read) are changed in place. A CSV number stays a number: there it is not a serial of any system.
 */
function serialDates(
  sheet: SheetRead,
  rest: readonly TableRecord[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
): Message | undefined {
  const dates = columns.filter((c) => c.field && catalogue.fields.get(c.field)?.type === "date");
  let n = 0;
  const used = new Set<string>();
  const convert = (row: TableRecord) => {
    for (const c of dates) {
      const v = row.cells[c.index - 1];
      if (typeof v !== "number") continue;
      if (!isPlainSerial(v, sheet.date1904)) {
        if (!YYYYMMDD.test(String(v))) row.cells[c.index - 1] = String(v);
        continue;
      }
      const day = serialDate(v, sheet.date1904);
      if (day === undefined) continue;
      row.cells[c.index - 1] = day;
      used.add(c.header);
      n++;
    }
  };
  for (const row of rest) convert(row);
  // The head's rows were handed on already (their places are empty); the rest are still in the sheet.
  for (const row of sheet.rows as (TableRecord | undefined)[]) if (row) convert(row);
  if (!n) return undefined;
  const system = sheet.date1904 ? "1904" : "1900";
  return message("batch/serialDates", { columns: [...used].join("、"), system, n });
}

/** The header row's cells (found as for a run; the first row when none names a field), for --list-columns. */
export async function headerCells(
  input: Input,
  catalogue: FieldCatalogue,
  map: ColumnMap,
  options: TableOptions = {},
): Promise<string[]> {
  const { head } = await readHead(input, options, catalogue, map);
  let index = 0;
  try {
    index = findHeader(head, catalogue, map, input.name, options.headerRow).index;
  } catch {
    // No row names a field: the first row is the header to suggest a mapping for.
  }
  return (head[index]?.cells ?? []).map((c) => (c === null || c === undefined ? "" : String(c)));
}
