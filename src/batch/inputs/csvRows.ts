import type { Readable } from "node:stream";
import { parse } from "csv-parse";
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
  // The delimiter is decided on the first whole line.
  let next = await iterator.next();
  for (; !next.done; next = await iterator.next()) {
    text += decode(next.value);
    if (text.includes("\n") || fault) break;
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
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      let spanned = 0;
      for (const cell of record)
        for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) spanned++;
      lastLine = info.lines;
      yield { line: info.lines - spanned, cells: record };
    }
  } catch (e) {
    if (e instanceof InputFault || !(e as { code?: string }).code?.startsWith("CSV_")) throw e;
    const line = lastLine + 1;
    throw new InputFault(message("batch/brokenQuote", { file, line }), line);
  }
  await feed;
  if (fault) throw fault;
}

function toBuffer(chunk: unknown): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
}
