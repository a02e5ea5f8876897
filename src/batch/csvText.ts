import type { OutCell } from "./records.js";

/** A cell that must be quoted: it holds a quote, the delimiter or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV record (with its newline) pushed onto `into` cell by cell, as csv-stringify writes it with its
 * defaults (a cell quoted only when it holds `"`, `,`, CR or LF; quotes doubled; null empty; a number as
 * `String(n)`): no array of rows and no stringifier per chunk (csv-stringify was ~12 % of a CSV batch's CPU).
 */
export function csvRecord(cells: readonly OutCell[], into: string[]): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i) into.push(",");
    if (cell === null || cell === undefined || cell === "") continue;
    if (typeof cell === "number") into.push(String(cell));
    else into.push(NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell);
  }
  into.push("\n");
}
