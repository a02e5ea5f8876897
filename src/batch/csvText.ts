import type { Outcome } from "./outcome.js";
import {
  type BatchRecord,
  leadingCells,
  type OutCell,
  outcomeCells,
  recordCells,
  type Words,
} from "./records.js";

/** A cell that must be quoted: it holds a quote, the delimiter or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE = /"/g;

/**
 * One CSV record (with its newline) pushed onto `into` cell by cell, as csv-stringify writes it with its
 * defaults (a cell quoted only when it holds `"`, `,`, CR or LF; quotes doubled; null empty; a number as
 * `String(n)`): no array of rows and no stringifier per chunk (csv-stringify was ~12 % of a CSV batch's CPU).
 */
export function csvRecord(cells: readonly OutCell[], into: string[]): void {
  pushCells(cells, true, into);
  into.push("\n");
}

function pushCells(cells: readonly OutCell[], first: boolean, into: string[]): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i || !first) into.push(",");
    if (cell === null || cell === undefined || cell === "") continue;
    if (typeof cell === "number") into.push(String(cell));
    else into.push(NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell);
  }
}

const SHARED = new WeakMap<Words, WeakMap<Outcome, string>>();

/**
 * `csvRecord(recordCells(r, programs, words))`, with the cells of an outcome shared between records (frozen: not
 * applicable, ineligible, a remembered amount) made and encoded once per run's words instead of per record.
 */
export function csvRecordText(
  r: BatchRecord,
  programs: readonly string[],
  words: Words,
  into: string[],
): void {
  if (r.reform || !r.results) {
    csvRecord(recordCells(r, programs, words), into);
    return;
  }
  let shared = SHARED.get(words);
  if (!shared) {
    shared = new WeakMap();
    SHARED.set(words, shared);
  }
  pushCells(leadingCells(r, words), true, into);
  const cells: OutCell[] = [];
  for (const id of programs) {
    const o = r.results.get(id);
    if (!o || !Object.isFrozen(o)) {
      cells.length = 0;
      outcomeCells(o, words, cells);
      pushCells(cells, false, into);
      continue;
    }
    let text = shared.get(o);
    if (text === undefined) {
      const parts: string[] = [];
      cells.length = 0;
      outcomeCells(o, words, cells);
      pushCells(cells, false, parts);
      text = parts.join("");
      shared.set(o, text);
    }
    into.push(text);
  }
  into.push("\n");
}
