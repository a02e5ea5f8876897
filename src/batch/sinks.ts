import { once } from "node:events";
import type { WriteStream } from "node:fs";
import { resolve } from "node:path";
import { finished } from "node:stream/promises";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { AtomicFile } from "../files/atomicFile.js";
import { guardedBytes, guardOutput, inertCell } from "../text/guard.js";
import type { ChunkResult } from "./chunk.js";
import { mayHoldFormula } from "./csvText.js";
import { pieceWritten } from "./recordBytes.js";
import type { OutCell } from "./records.js";

// Bytes go to stdout only marked as guarded (`guardedBytes`), which the stdout guard passes as they are.
type Writer = { write(chunk: string | Buffer, done?: (e?: Error | null) => void): unknown };

/** Where records go: written chunk by chunk in input order, waiting whenever the reader is slower. */
export interface Sink {
  header(cells: readonly string[]): Promise<void>;
  write(chunk: ChunkResult): Promise<void>;
  /** Close the output; a file appears under its name only now, whole. */
  finish(): Promise<void>;
  /** Give up (an error): remove the unfinished temporary file. */
  abort(): Promise<void>;
}

/**
 * Write `chunk`, then wait for `drain` when the stream asks us to (backpressure keeps memory flat). `written` is
 * called once the stream has written it.
 */
async function writeText(target: Writer, chunk: string | Buffer, written?: () => void): Promise<void> {
  if (!chunk.length) return;
  const ok = written ? target.write(chunk, (e) => e || written()) : target.write(chunk);
  const emitter = target as Partial<NodeJS.EventEmitter>;
  if (ok === false && typeof emitter.once === "function") await once(emitter as NodeJS.EventEmitter, "drain");
}

/**
 * CSV text whose cells a spreadsheet cannot run as formulas (`inertCell`). Most chunks have no cell starting
 * with `= + - @`: those pass as they are; the others are parsed back into cells and written again.
 */
export function inertCsv(text: string): string {
  if (!mayHoldFormula(text)) return text;
  const rows = parse(text, { relax_column_count: true }) as string[][];
  return stringify(rows.map((row) => row.map(inertCell)));
}

/** A text or Excel output file, through the one atomic writer (src/files/atomicFile.ts). */
function outFile(out: string, cwd: string): { file: AtomicFile; stream: WriteStream } {
  const file = AtomicFile.open(resolve(cwd, out), out);
  return { file, stream: file.stream() };
}

async function closeAndCommit(file: AtomicFile, stream: WriteStream): Promise<void> {
  if (!stream.writableEnded) stream.end();
  await finished(stream);
  file.commit();
}

/**
 * NDJSON or CSV records to stdout or to a file. CSV files start with a BOM so Excel reads them as UTF-8. What
 * goes to a file passes the same guard as stdout (ID numbers masked, control characters shown); CSV cells are
 * made inert wherever they go.
 */
export async function textSink(
  format: "ndjson" | "csv",
  stdout: Writer,
  out?: string,
  cwd = ".",
): Promise<Sink> {
  const opened = out ? outFile(out, cwd) : undefined;
  const target: Writer = opened?.stream ?? stdout;
  // Most pieces were guarded where they were made (RecordBytes); the others are checked whole here.
  const check = (text: string) => {
    const safe = format === "csv" ? inertCsv(text) : text;
    return opened ? guardOutput(safe) : safe;
  };
  return {
    async header(cells) {
      if (format === "csv")
        await writeText(target, `${opened ? "\uFEFF" : ""}${stringify([cells as string[]])}`);
    },
    async write(chunk) {
      const pieces = chunk.bytes ?? [];
      for (let i = 0; i < pieces.length; i++) {
        const bytes = pieces[i] as Uint8Array;
        if (chunk.toGuard?.includes(i))
          await writeText(
            target,
            check(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8")),
          );
        // A piece's buffer is filled again once written (RecordBytes).
        else await writeText(target, guardedBytes(bytes), () => pieceWritten(bytes));
      }
    },
    async finish() {
      if (opened) await closeAndCommit(opened.file, opened.stream);
    },
    async abort() {
      opened?.file.abort();
    },
  };
}

/** Records to an .xlsx file with exceljs's streaming writer: each row is flushed as it is added, nothing spooled. */
export async function xlsxSink(out: string, cwd = "."): Promise<Sink> {
  // exceljs is large: loaded only when Excel is written.
  const { default: ExcelJS } = await import("exceljs");
  const { file, stream } = outFile(out, cwd);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("butie");
  const add = (cells: readonly OutCell[]) =>
    sheet.addRow(cells.map((c) => (typeof c === "string" ? inertCell(c) : c))).commit();
  return {
    async header(cells) {
      add(cells);
    },
    async write(chunk) {
      for (const row of chunk.rows ?? []) add(row);
      // exceljs writes into the file stream as rows commit; wait when it is full.
      if (stream.writableNeedDrain) await once(stream, "drain");
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await closeAndCommit(file, stream);
    },
    async abort() {
      file.abort();
    },
  };
}
