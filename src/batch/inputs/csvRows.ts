import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

/** A spreadsheet record: its cells and the line (CSV) or row (Excel) it starts on. */
export type TableRecord = { line: number; cells: unknown[] };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The encoding of a CSV from its first bytes: UTF-8 when they carry a BOM or are valid UTF-8, else GB18030
 * (what Excel on a Chinese Windows writes; a superset of GBK, so GBK files read the same).
 */
export function detectEncoding(head: Buffer): "utf8" | "gb18030" {
  if (head.subarray(0, 3).equals(BOM)) return "utf8";
  try {
    // A chunk may end inside a multi-byte character: `stream: true` keeps it pending instead of failing.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return "utf8";
  } catch {
    return "gb18030";
  }
}

/**
 * The records of a CSV stream, decoded (`encoding`, or detected on the first chunk), the header first.
 * Blank lines are skipped; quoted cells may span lines (the record's line is where it starts).
 */
export async function* csvRows(stream: Readable, encoding?: string): AsyncGenerator<TableRecord> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head = typeof first.value === "string" ? Buffer.from(first.value) : (first.value as Buffer);
  const decoder = iconv.getDecoder(encoding ?? detectEncoding(head));
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  const feed = (async () => {
    const write = async (text: string) => {
      if (text && !parser.write(text)) await new Promise((ok) => parser.once("drain", ok));
    };
    await write(decoder.write(head));
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      await write(
        decoder.write(typeof next.value === "string" ? Buffer.from(next.value) : (next.value as Buffer)),
      );
    await write(decoder.end() ?? "");
    parser.end();
  })();
  feed.catch((e: Error) => parser.destroy(e));
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    let spanned = 0;
    for (const cell of record)
      for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) spanned++;
    yield { line: info.lines - spanned, cells: record };
  }
  await feed;
}
