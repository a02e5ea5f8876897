import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import { LIMITS } from "../../limits.js";
import { message } from "../../messages/index.js";
import { InputFault } from "./inputFault.js";
import { TextDecoding } from "./textDecoding.js";

/** A spreadsheet record: its cells and the line (CSV) or row (Excel) it starts on. */
export type TableRecord = { line: number; cells: unknown[] };

/**
 * The records of delimited text, decoded (`encoding`, or decided on the whole input: see TextDecoding), the
 * header first. Comma-separated, or tab-separated when the first line has tabs and no commas (Excel's
 * "Unicode text"). Blank lines are skipped; quoted cells may span lines (the record's line is where it starts);
 * a quote inside an unquoted cell is a character, as Excel reads it. A quote that never closes is a fault
 * naming the line where its record starts.
 */
export async function* csvRows(
  stream: Readable,
  file: string,
  encoding?: string,
): AsyncGenerator<TableRecord> {
  const decoding = new TextDecoding(file, encoding);
  const iterator = stream[Symbol.asyncIterator]();
  // Bytes in another encoding end the text at the last whole line before them: the records before are read,
  // then the fault is thrown. A failing stream (a file that changed) stops at once: its last record may be half.
  let fault: unknown;
  const decode = (chunk: unknown, last = false) => {
    if (fault) return "";
    try {
      return decoding.write(toBuffer(chunk)) + (last ? decoding.end() : "");
    } catch (e) {
      fault = e;
      return "";
    }
  };
  let text = "";
  // A line longer than LIMITS.lineChars ends the text before it: the records before are read, then the fault.
  const lines = new LineLength(file);
  // The delimiter is decided on the first whole line.
  let next = await iterator.next();
  for (; !next.done; next = await iterator.next()) {
    const more = decode(next.value);
    text += more;
    if (more.includes("\n") || fault) break;
    if (text.length > LIMITS.lineChars) {
      fault = lines.tooLong();
      break;
    }
  }
  if (next.done) text += decode(Buffer.alloc(0), true);
  if (!text.trim()) {
    if (fault) throw fault;
    return;
  }
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  const parser = parse({
    bom: true,
    delimiter,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    info: true,
  });
  const feed = (async () => {
    const write = async (t: string) => {
      if (fault) return;
      // Up to the line that is too long, if one is: the records before it are read, then the fault.
      const cut = lines.after(t);
      if (cut !== undefined) {
        fault = lines.tooLong();
        t = t.slice(0, cut);
      }
      if (t && !parser.write(t)) await new Promise((ok) => parser.once("drain", ok));
    };
    await write(text);
    if (!next.done) {
      for (next = await iterator.next(); !next.done && !fault; next = await iterator.next())
        await write(decode(next.value));
      await write(decode(Buffer.alloc(0), true));
    }
    parser.end();
  })();
  feed.catch((e: Error) => parser.destroy(e));
  let lastLine = 0;
  let drift = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      let spanned = 0;
      let longest = 0;
      for (const cell of record) {
        longest = Math.max(longest, cell.length);
        if (!cell.includes("\n") && !cell.includes("\r")) continue;
        // csv-parse counts a CRLF inside quotes as two lines, and carries the excess to every later record.
        spanned += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        drift += cell.match(/\r\n/g)?.length ?? 0;
      }
      const line = info.lines - drift - spanned;
      // The start of a line cut for its length is no record.
      if (fault instanceof InputFault && fault.line !== undefined && line >= fault.line) break;
      if (record.length > LIMITS.columns) throw tooLarge(file, line, "columns", LIMITS.columns);
      if (longest > LIMITS.cellChars) throw tooLarge(file, line, "cell", LIMITS.cellChars);
      lastLine = info.lines - drift;
      yield { line, cells: record.map(excelText) };
    }
  } catch (e) {
    if (e instanceof InputFault || !(e as { code?: string }).code?.startsWith("CSV_")) throw e;
    // The text given to the parser was cut at a fault: the parser's complaint is about the cut.
    if (fault) throw fault;
    const line = lastLine + 1;
    throw new InputFault(message("batch/brokenQuote", { file, line }), line);
  }
  await feed;
  if (fault) throw fault;
}

// `="0640…"`: how Excel and office systems keep a number as text in a CSV (leading zeros, long digits). A formula
// of one string constant is that string; nothing else can be meant.
const EXCEL_TEXT = /^="([^"]*)"$/;

function excelText(cell: string): string {
  return cell.charCodeAt(0) === 61 ? (EXCEL_TEXT.exec(cell)?.[1] ?? cell) : cell;
}

const tooLarge = (file: string, line: number, what: "chars" | "columns" | "cell", limit: number) =>
  new InputFault(message("batch/recordTooLarge", { file, line, what, limit }), line);

/** The length of the line being read, across the pieces of text given to the parser. */
class LineLength {
  private line = 1;
  private run = 0;
  constructor(private readonly file: string) {}

  /** Where in `text` (continuing the last) a line longer than LIMITS.lineChars starts, if one does. */
  after(text: string): number | undefined {
    for (let from = 0; ; ) {
      const nl = text.indexOf("\n", from);
      const start = from - this.run;
      this.run += (nl < 0 ? text.length : nl) - from;
      if (this.run > LIMITS.lineChars) return Math.max(start, 0);
      if (nl < 0) return undefined;
      this.line++;
      this.run = 0;
      from = nl + 1;
    }
  }

  tooLong(): InputFault {
    return tooLarge(this.file, this.line, "chars", LIMITS.lineChars);
  }
}

function toBuffer(chunk: unknown): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
}
