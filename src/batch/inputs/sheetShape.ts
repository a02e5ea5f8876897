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
  /** The other visible sheets, when this one was read by default (no --sheet): the roster may be on one. */
  readonly others?: readonly string[];
  readonly rows: TableRecord[];
  readonly notes: Message[];
  /** The workbook counts days from 1904-01-01 (Excel for Mac before 2011), not 1900. */
  readonly date1904: boolean;
  /** Merged ranges over several rows and several columns that hold a value (`address`: as A1:B3). */
  readonly blocks: readonly (Range & { address: string })[];
}

/** A merged range, 0-based. */
export type Range = { s: { r: number; c: number }; e: { r: number; c: number } };

/**
 * The sheet to read: the one named (by name, or by number counting the visible sheets only, as the tab bar shows
 * them), else the first visible one; hidden sheets skipped before it and other visible sheets are said in `notes`,
 * and a hidden sheet named is read with a note saying it is hidden.
 */
export function chooseSheet(
  names: readonly string[],
  hidden: readonly boolean[],
  file: string,
  choice: SheetChoice,
  notes: Message[],
): { name: string; others: string[] } {
  const visible = names.filter((_, i) => !hidden[i]);
  const list = visible.map((n, i) => `${i + 1} ${n}`).join("、");
  const hiddenList = names.filter((_, i) => hidden[i]).join("、");
  if (choice.sheet !== undefined) {
    const byNumber = /^\d+$/.test(choice.sheet) ? visible[Number(choice.sheet) - 1] : undefined;
    const name = names.includes(choice.sheet) ? choice.sheet : byNumber;
    if (!name)
      throw new UsageError(
        message("usage/sheet-missing", { file, sheet: choice.sheet, sheets: list, hidden: hiddenList }),
      );
    if (hidden[names.indexOf(name)]) notes.push(message("batch/hiddenChosen", { sheet: name }));
    return { name, others: [] };
  }
  const name = visible[0];
  if (!name)
    throw new UsageError(message("usage/sheet-missing", { file, sheet: "", sheets: "", hidden: hiddenList }));
  const skipped = names.slice(0, names.indexOf(name));
  if (skipped.length) notes.push(message("batch/hiddenSkipped", { sheets: skipped.join("、"), sheet: name }));
  if (visible.length > 1)
    notes.push(
      message("batch/otherSheets", {
        sheet: name,
        others: visible
          .slice(1)
          .map((n, i) => `${i + 2} ${n}`)
          .join("、"),
      }),
    );
  return { name, others: visible.slice(1) };
}

const hasValue = (cells: readonly unknown[] | undefined) =>
  Boolean(cells?.some((v) => v !== undefined && v !== ""));

/**
 * The rows of a sheet from its cells by 0-based row: each merged range's value given to every cell it covers
 * (said in `notes`), empty rows skipped, physical row numbers kept. `values` is changed in place. A merge never
 * makes a row: one that holds nothing of its own but merged values (a county's code merged on past the last
 * person, a whole column merged) is not a record — skipped, and said.
 */
export function sheetRecords(
  values: unknown[][],
  merges: readonly Range[],
  notes: Message[],
): { rows: TableRecord[]; blocks: (Range & { address: string })[] } {
  const own = new Set<number>();
  let last = -1;
  for (let r = 0; r < values.length; r++)
    if (hasValue(values[r])) {
      own.add(r);
      last = r;
    }
  const { spread, blocks, beyond } = spreadMerges(merges, values, last);
  if (spread.length)
    notes.push(message("batch/mergedSpread", { ranges: spread.slice(0, 5).join("、"), n: spread.length }));
  const rows: TableRecord[] = [];
  const mergedOnly: [number, number][] = [];
  for (let r = 0; r < values.length; r++) {
    const cells = values[r];
    if (!cells || !hasValue(cells)) continue;
    if (!own.has(r)) {
      const span = mergedOnly.at(-1);
      if (span && span[1] === r) span[1] = r + 1;
      else mergedOnly.push([r + 1, r + 1]);
      continue;
    }
    // A hole (a merge spread into a short row) becomes an undefined cell: readers that map skip holes.
    for (let c = 0; c < cells.length; c++) if (!(c in cells)) cells[c] = undefined;
    rows.push({ line: r + 1, cells });
  }
  if (beyond) mergedOnly.push([last + 2, beyond + 1]);
  if (mergedOnly.length) {
    const n = mergedOnly.reduce((sum, [from, to]) => sum + to - from + 1, 0);
    notes.push(message("batch/mergeOnlyRows", { n, rows: spansText(mergedOnly) }));
  }
  return { rows, blocks };
}

/**
 * Give each merged range's value to every cell it covers, down to the last row with a value of its own (`last`);
 * the ranges that spread a value, as A1:A3, and those among them over several columns too.
 */
function spreadMerges(merges: readonly Range[], values: unknown[][], last: number) {
  const spread: string[] = [];
  const blocks: (Range & { address: string })[] = [];
  // The last row a merge would have reached past the last row with a value of its own (0: none).
  let beyond = 0;
  const ordered = [...merges].sort((a, b) => a.s.r - b.s.r || a.s.c - b.s.c);
  for (const m of ordered) {
    const value = values[m.s.r]?.[m.s.c];
    if (value === undefined || value === "") continue;
    if (m.e.r === m.s.r) continue;
    if (m.e.r > last) beyond = Math.max(beyond, m.e.r);
    for (let r = m.s.r; r <= Math.min(m.e.r, last); r++) {
      const row = values[r] ?? [];
      values[r] = row;
      for (let c = m.s.c; c <= m.e.c; c++) row[c] = value;
    }
    const named = `${address(m.s.r, m.s.c)}:${address(m.e.r, m.e.c)}`;
    spread.push(named);
    if (m.e.c > m.s.c) blocks.push({ ...m, address: named });
  }
  return { spread, blocks, beyond };
}

/** Spans of row numbers: 5–60、62. */
function spansText(spans: readonly [number, number][]): string {
  const words = spans.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`));
  return words.length > 5 ? `${words.slice(0, 5).join("、")}…` : words.join("、");
}

function address(r: number, c: number): string {
  let letters = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}
