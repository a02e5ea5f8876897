import { mayNeedGuard } from "../text/guard.js";
import type { Outcome } from "./outcome.js";
import { plainAscii, type RecordBytes } from "./recordBytes.js";
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

// A field that starts with a formula character: at the start of a line, after a comma or an opening quote.
const FORMULA_FIELD = /(^|,)"?[=+\-@\t\r]/m;

/** Whether CSV text may hold a cell a spreadsheet would run as a formula (`inertCsv` then parses it). */
export const mayHoldFormula = (text: string): boolean => FORMULA_FIELD.test(text);

/**
 * One CSV record (with its newline) written to `out` cell by cell, as csv-stringify writes it with its defaults
 * (a cell quoted only when it holds `"`, `,`, CR or LF; quotes doubled; null empty; a number as `String(n)`): no
 * array of rows and no stringifier per chunk (csv-stringify was ~12 % of a CSV batch's CPU).
 */
export function csvRecord(cells: readonly OutCell[], out: RecordBytes): void {
  writeCells(cells, true, out);
  out.ascii("\n");
}

function writeCells(cells: readonly OutCell[], first: boolean, out: RecordBytes): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i || !first) out.ascii(",");
    if (cell === null || cell === undefined || cell === "") continue;
    const text = typeof cell === "number" ? String(cell) : cell;
    if (plainCell(text)) out.ascii(text);
    else writeCell(text, out);
  }
}

/** A cell's text (or a shared outcome's cells) as written, and whether its piece must be checked. */
type CellBytes = { readonly bytes: Uint8Array; readonly check: boolean };

// Words, caveats and field lists recur on many rows: each is quoted, encoded and checked once.
const CELLS = new Map<string, CellBytes>();
const CELL_LIMIT = 2_000;

function writeCell(cell: string, out: RecordBytes): void {
  let known = CELLS.get(cell);
  if (known === undefined) {
    const text = NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell;
    known = { bytes: Buffer.from(text), check: needsCheck(text) };
    if (CELLS.size >= CELL_LIMIT) CELLS.clear();
    CELLS.set(cell, known);
  }
  if (known.check) out.guardThisPiece();
  out.bytes(known.bytes);
}

/**
 * Whether the sink must check a piece holding `text` whole: the output guard or the formula check (`inertCsv`)
 * could change it. Each looks for what cannot span two cells (a comma or a line start before a formula character;
 * digits an ID number's length without a comma; a control character), so a piece none of whose cells needs it
 * is left as it is.
 */
const needsCheck = (text: string): boolean => mayHoldFormula(text) || mayNeedGuard(text);

/** A cell written as it is that neither check could change: plain ASCII with no formula character first. */
function plainCell(text: string): boolean {
  const first = text.charCodeAt(0);
  return first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && plainAscii(text);
}

const SHARED = new WeakMap<Words, WeakMap<Outcome, CellBytes>>();

/**
 * `csvRecord(recordCells(r, programs, words))`, with the cells of an outcome shared between records (frozen: not
 * applicable, ineligible, a remembered amount) made and encoded once per run's words instead of per record.
 */
export function csvRecordText(
  r: BatchRecord,
  programs: readonly string[],
  words: Words,
  out: RecordBytes,
): void {
  if (r.reform || !r.results) {
    csvRecord(recordCells(r, programs, words), out);
    return;
  }
  let shared = SHARED.get(words);
  if (!shared) {
    shared = new WeakMap();
    SHARED.set(words, shared);
  }
  writeCells(leadingCells(r, words), true, out);
  const cells: OutCell[] = [];
  for (const id of programs) {
    const o = r.results.get(id);
    if (!o || !Object.isFrozen(o)) {
      cells.length = 0;
      outcomeCells(o, words, cells);
      writeCells(cells, false, out);
      continue;
    }
    const known = shared.get(o);
    if (known) {
      if (known.check) out.guardThisPiece();
      out.bytes(known.bytes);
      continue;
    }
    cells.length = 0;
    outcomeCells(o, words, cells);
    const start = out.position;
    writeCells(cells, false, out);
    const bytes = out.copySince(start);
    shared.set(o, { bytes, check: needsCheck(bytes.toString("utf8")) });
  }
  out.ascii("\n");
}
