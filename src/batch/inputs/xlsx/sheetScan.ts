import type { InputError } from "../../../diagnostics.js";
import { clip } from "../../../echo.js";
import { limitError, readerError } from "../../../files/readerProblems.js";
import { LIMITS } from "../../../limits.js";
import { message } from "../../../messages/index.js";
import { dateCell } from "../partialDate.js";
import { serialDate } from "../serialDate.js";
import type { Range } from "../sheetShape.js";
import { UNCOMPUTED_FORMULA } from "../uncomputedFormula.js";
import type { Book } from "./book.js";
import { attr } from "./numFmt.js";
import { cellText, stringItem } from "./xmlText.js";

/** A sheet's cells by 0-based physical row and column (a row a dense array), and its merged ranges. */
export interface ScannedSheet {
  readonly values: unknown[][];
  readonly merges: Range[];
}

/** Thrown where the sheet holds what only SheetJS reads (prefixed XML, `t="d"` cells): SheetJS reads it then. */
export class NotStreamable extends Error {}

// The XML is scanned as bytes decoded one to one (latin1): `<`, `>` and quotes are never part of a UTF-8
// sequence, so positions in the text are positions in the bytes, and text is decoded as UTF-8 from whole
// elements only — a character cut between two inflated chunks is never decoded in halves.
const TAG = /<(row|c)(?=[\s>/])([^>]*)>|<\/sheetData>/g;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/**
 * Scan one sheet's XML as it unpacks: rows and cells of <sheetData> (physical row numbers from `r`, or counted
 * where a row has none), then the <mergeCells> after it. Memory: one row's XML (`LIMITS.rowBytes`) besides the
 * cells kept (`LIMITS.sheetCells`).
 */
export async function scanSheet(
  chunks: AsyncIterable<Buffer>,
  book: Book,
  file: string,
): Promise<ScannedSheet> {
  const values: unknown[][] = [];
  let phase: "head" | "data" | "tail" = "head";
  let pending: Buffer = Buffer.alloc(0);
  let tail = "";
  let rowNo = 0;
  let col = -1;
  let filled = 0;
  let cells = 0;
  const read: Reading = { book, file, seen: new Map() };

  const place = (r: number, c: number, v: unknown) => {
    if (v === undefined) return;
    let row = values[r];
    if (!row) {
      row = [];
      values[r] = row;
    }
    while (row.length < c) row.push(undefined);
    row[c] = v;
    if (v === "") return;
    if (++filled > LIMITS.columns) throw limitError(file, "columns", r + 1);
    if (++cells > LIMITS.sheetCells) throw limitError(file, "sheetCells", r + 1);
  };

  /** Scan the complete elements in `end` bytes of `buf`; true when </sheetData> was among them. */
  const block = (buf: Buffer, end: number): boolean => {
    const s = buf.toString("latin1", 0, end);
    TAG.lastIndex = 0;
    for (let m = TAG.exec(s); m; m = TAG.exec(s)) {
      if (m[1] === undefined) return true;
      const attrs = m[2] as string;
      if (m[1] === "row") {
        const r = attr(attrs, "r");
        rowNo = r === undefined ? rowNo + 1 : Number.parseInt(r, 10);
        if (!(rowNo >= 1 && rowNo <= MAX_ROW)) throw outside(file, `A${r ?? rowNo}`);
        col = -1;
        filled = 0;
        continue;
      }
      const ref = attr(attrs, "r");
      let r = rowNo - 1;
      if (ref === undefined) col++;
      else {
        if (!parseRef(ref)) throw outside(file, ref);
        col = refCol;
        r = refRow;
      }
      let inner = "";
      let from = TAG.lastIndex;
      if (!attrs.endsWith("/")) {
        const close = s.indexOf("</c>", from);
        if (close < 0) throw readerError(file, message("file/truncated"));
        inner = s.slice(from, close);
        TAG.lastIndex = close + 4;
      } else from = -1;
      place(r, col, cellValue(attrs, inner, buf, from, read, r, col));
    }
    return false;
  };

  // Bytes since the last complete row, held as pieces, joined only when a piece may complete something (hostile2 F4).
  let held: Buffer[] = [];
  let heldBytes = 0;
  let edge = Buffer.alloc(0); // the end of what is held: a mark may straddle two pieces
  let sawSheetData = false;
  /** What is left of `pending` (a row not yet complete) is what is held for the next piece. */
  const keep = () => {
    held = pending.length ? [pending] : [];
    heldBytes = pending.length;
  };
  for await (const chunk of chunks) {
    if (phase === "tail") pending = chunk;
    else {
      const window = Buffer.concat([edge, chunk]);
      edge = window.subarray(Math.max(0, window.length - 11));
      held.push(chunk);
      heldBytes += chunk.length;
      sawSheetData ||= window.includes("sheetData");
      const mayComplete =
        phase === "head" ? sawSheetData : window.includes("</row>") || window.includes("</sheetData>");
      if (!mayComplete) {
        if (heldBytes > LIMITS.rowBytes)
          throw phase === "head" ? limitError(file, "rowBytes") : limitError(file, "rowBytes", rowNo + 1);
        continue;
      }
      pending = held.length === 1 ? (held[0] as Buffer) : Buffer.concat(held, heldBytes);
    }
    if (phase === "head") {
      const at = pending.indexOf("sheetData");
      if (at < 0) {
        if (pending.length > LIMITS.rowBytes) throw limitError(file, "rowBytes");
        keep();
        continue;
      }
      const head = pending.toString("latin1", 0, at);
      if (head.includes("<!DOCTYPE") || head.includes("<!ENTITY"))
        throw readerError(file, message("file/dtd"));
      if (pending[at - 1] !== 0x3c) throw new NotStreamable("prefixed sheet XML");
      const gt = pending.indexOf(">", at);
      if (gt < 0) {
        keep();
        continue;
      }
      phase = pending[gt - 1] === 0x2f ? "tail" : "data";
      pending = pending.subarray(gt + 1);
    }
    if (phase === "data") {
      const done = pending.indexOf("</sheetData>");
      const end = done >= 0 ? done + 12 : pending.lastIndexOf("</row>") + 6;
      if (end < 6) {
        if (pending.length > LIMITS.rowBytes) throw limitError(file, "rowBytes", rowNo + 1);
        keep();
        continue;
      }
      if (block(pending, end)) phase = "tail";
      pending = pending.subarray(end);
    }
    if (phase === "tail") {
      tail += pending.toString("latin1");
      pending = Buffer.alloc(0);
      if (tail.length > LIMITS.rowBytes) throw limitError(file, "rowBytes");
    }
    keep();
  }
  if (phase !== "tail") throw readerError(file, message("file/truncated"));
  return { values, merges: mergesOf(tail, file) };
}

/** What reading one sheet's cells needs: the workbook, the file's name, short texts met so far. */
type Reading = { book: Book; file: string; seen: Map<string, string> };

const SEEN_MAX = 100_000;

/**
 * One string for each short text a roster repeats (是, 女, a district code): the rows held until the sheet is
 * read then cost a pointer per such cell, not a string.
 */
function once(seen: Map<string, string>, s: string): string {
  if (s.length > 24) return s;
  const known = seen.get(s);
  if (known !== undefined) return known;
  if (seen.size < SEEN_MAX) seen.set(s, s);
  return s;
}

/** A cell's value as SheetJS gives it (a skipped cell: undefined); `from` is where its content starts in `buf`. */
function cellValue(
  attrs: string,
  inner: string,
  buf: Buffer,
  from: number,
  { book, file, seen }: Reading,
  r: number,
  c: number,
): unknown {
  const t = attr(attrs, "t") ?? "n";
  const vAt = inner.indexOf("<v");
  const vOpen = vAt < 0 ? -1 : inner.indexOf(">", vAt) + 1;
  const vClose = vOpen > 0 && inner[vOpen - 2] !== "/" ? inner.indexOf("</v>", vOpen) : -1;
  const raw = vClose > vOpen ? inner.slice(vOpen, vClose) : undefined;
  const text = (a: number, b: number) => {
    const s = buf.toString("utf8", from + a, from + b);
    if (s.length > LIMITS.cellChars) throw limitError(file, "cellChars", r + 1, c + 1);
    return s;
  };
  switch (t) {
    case "n": {
      // No value, or an empty one (openpyxl 3.1 writes `<f>…</f><v />`): a number formula never calculated.
      if (raw === undefined || raw === "") return inner.includes("<f") ? UNCOMPUTED_FORMULA : undefined;
      const v = Number.parseFloat(raw);
      const style = attr(attrs, "s");
      const dateStyle = style === undefined ? false : book.dateStyles[Number.parseInt(style, 10)];
      if (dateStyle) {
        const date = serialDate(v, book.date1904);
        return date === undefined ? v : dateCell(date, dateStyle.format);
      }
      return v;
    }
    case "s": {
      if (raw === undefined) return undefined;
      const i = Number.parseInt(raw, 10);
      // A string the table does not hold (a table under a name not found): SheetJS decides, nothing is dropped.
      if (!(i >= 0 && i < book.strings.length)) throw new NotStreamable(`shared string ${raw}`);
      return book.strings[i];
    }
    case "str":
      if (raw === undefined) return vAt < 0 ? UNCOMPUTED_FORMULA : "";
      return cellText(text(vOpen, vClose));
    case "inlineStr": {
      const open = inner.search(/<is[\s>]/);
      const close = inner.lastIndexOf("</is>");
      if (open < 0 || close < 0) return "";
      const start = inner.indexOf(">", open) + 1;
      // One plain <t> (what openpyxl and POI write): its text decoded straight from the bytes.
      const t = inner.indexOf("<t", start);
      if (t === start && (inner[t + 2] === ">" || inner[t + 2] === " ")) {
        const gt = inner.indexOf(">", t);
        const end = inner.indexOf("</t>", gt);
        if (inner[gt - 1] !== "/" && end > 0 && end < close) return once(seen, cellText(text(gt + 1, end)));
      }
      const item = stringItem(text(start, close));
      if (item !== undefined && item.length > LIMITS.cellChars)
        throw limitError(file, "cellChars", r + 1, c + 1);
      return item;
    }
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return raw === undefined ? undefined : cellText(raw);
    default:
      throw new NotStreamable(`cell type ${t}`);
  }
}

/** The merged ranges after <sheetData>, each inside the sheet. */
function mergesOf(tail: string, file: string): Range[] {
  const merges: Range[] = [];
  for (const m of tail.matchAll(/<mergeCell\b([^>]*)>/g)) {
    const ref = attr(m[1] as string, "ref") ?? "";
    const [from = "", to = from] = ref.split(":");
    if (!parseRef(from)) throw outside(file, from);
    const s = { r: refRow, c: refCol };
    if (!parseRef(to)) throw outside(file, to);
    merges.push({ s, e: { r: refRow, c: refCol } });
  }
  return merges;
}

let refRow = 0;
let refCol = 0;

/**
 * Read a cell reference (`B3`, `$B$3`) into refRow and refCol, 0-based; false for what is no reference inside
 * the sheet (beyond XFD1048576). By hand: a sheet has millions of references.
 */
function parseRef(ref: string): boolean {
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let c = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i) | 32;
    if (k < 97 || k > 122) break;
    c = c * 26 + k - 96;
    if (c > MAX_COLUMN) return false;
  }
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  let r = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 48 || k > 57) return false;
    r = r * 10 + k - 48;
    if (r > MAX_ROW) return false;
  }
  if (c === 0 || i === digits || r < 1) return false;
  refRow = r - 1;
  refCol = c - 1;
  return true;
}

const outside = (file: string, ref: string): InputError =>
  readerError(file, message("file/cell-ref", { ref: clip(ref) }));
