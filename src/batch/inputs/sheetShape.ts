import { UsageError } from "../../diagnostics.js";
import { type Message, message } from "../../messages/index.js";
import type { TableRecord } from "./csvRows.js";

// What both workbook readers (the .xlsx stream and SheetJS) do alike once a sheet's cells are read.

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

/** A merged range, 0-based. */
export type Range = { s: { r: number; c: number }; e: { r: number; c: number } };

/**
 * The sheet to read: the one named (by name or 1-based number), else the first visible one; hidden sheets
 * skipped before it and other visible sheets are said in `notes`.
 */
export function chooseSheet(
  names: readonly string[],
  hidden: readonly boolean[],
  file: string,
  choice: SheetChoice,
  notes: Message[],
): string {
  const list = names.join("、");
  if (choice.sheet !== undefined) {
    const byNumber = /^\d+$/.test(choice.sheet) ? names[Number(choice.sheet) - 1] : undefined;
    const name = names.includes(choice.sheet) ? choice.sheet : byNumber;
    if (!name)
      throw new UsageError(message("usage/sheet-missing", { file, sheet: choice.sheet, sheets: list }));
    return name;
  }
  const visible = names.filter((_, i) => !hidden[i]);
  const name = visible[0];
  if (!name) throw new UsageError(message("usage/sheet-missing", { file, sheet: "", sheets: list }));
  const skipped = names.slice(0, names.indexOf(name));
  if (skipped.length) notes.push(message("batch/hiddenSkipped", { sheets: skipped.join("、"), sheet: name }));
  if (visible.length > 1)
    notes.push(message("batch/otherSheets", { sheet: name, others: visible.slice(1).join("、") }));
  return name;
}

/**
 * The rows of a sheet from its cells by 0-based row: each merged range's value given to every cell it covers
 * (said in `notes`), empty rows skipped, physical row numbers kept. `values` is changed in place.
 */
export function sheetRecords(values: unknown[][], merges: readonly Range[], notes: Message[]): TableRecord[] {
  const spread = spreadMerges(merges, values);
  if (spread.length)
    notes.push(message("batch/mergedSpread", { ranges: spread.slice(0, 5).join("、"), n: spread.length }));
  const rows: TableRecord[] = [];
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (!cells?.some((v) => v !== undefined && v !== "")) continue;
    // A hole (a merge spread into a short row) becomes an undefined cell: readers that map skip holes.
    for (let c = 0; c < cells.length; c++) if (!(c in cells)) cells[c] = undefined;
    rows.push({ line: r + 1, cells });
  }
  return rows;
}

/** Give each merged range's value to every cell it covers; the ranges that spread a value, as A1:A3. */
function spreadMerges(merges: readonly Range[], values: unknown[][]): string[] {
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
