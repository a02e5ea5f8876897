import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { AtomicFile, outputPath } from "../files/atomicFile.js";
import { orderedWriter, type WriteTarget } from "../files/orderedWrites.js";
import { guardedBytes, guardOutput, inertCell } from "../text/guard.js";
import { xmlLegal } from "../text/xmlText.js";
import type { ChunkResult } from "./chunk.js";
import { mayHoldFormula } from "./csvText.js";
import { pieceWritten } from "./recordBytes.js";
import type { OutCell } from "./records.js";

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
 * CSV text whose cells a spreadsheet cannot run as formulas (`inertCell`). Most chunks have no cell starting
 * with `= + - @`: those pass as they are; the others are parsed back into cells and written again.
 */
export function inertCsv(text: string): string {
  if (!mayHoldFormula(text)) return text;
  const rows = parse(text, { relax_column_count: true }) as string[][];
  return stringify(rows.map((row) => row.map(inertCell)));
}

/** A text or Excel output file, through the one atomic writer (src/files/atomicFile.ts). */
const outFile = (out: string, cwd: string) => AtomicFile.open(outputPath(cwd, out), out);

/**
 * NDJSON or CSV records to stdout or to a file. CSV files start with a BOM so Excel reads them as UTF-8. What
 * goes to a file passes the same guard as stdout (ID numbers masked, control characters shown); CSV cells are
 * made inert wherever they go.
 */
export async function textSink(
  format: "ndjson" | "csv",
  // Bytes go to stdout only marked as guarded (`guardedBytes`), which the stdout guard passes as they are.
  stdout: WriteTarget,
  out?: string,
  cwd = ".",
): Promise<Sink> {
  const opened = out ? outFile(out, cwd) : undefined;
  // Every write waits and fails the same way to a file or to stdout (a full disk, a closed pipe).
  const target = opened ? opened.writer() : orderedWriter(stdout);
  // Most pieces were guarded where they were made (RecordBytes); the others are checked whole here.
  const check = (text: string) => {
    const safe = format === "csv" ? inertCsv(text) : text;
    return opened ? guardOutput(safe) : safe;
  };
  return {
    async header(cells) {
      if (format === "csv") await target.write(`${opened ? "\uFEFF" : ""}${stringify([cells as string[]])}`);
    },
    async write(chunk) {
      const pieces = chunk.bytes ?? [];
      for (let i = 0; i < pieces.length; i++) {
        const bytes = pieces[i] as Uint8Array;
        if (chunk.toGuard?.includes(i))
          await target.write(
            check(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8")),
          );
        // A piece's buffer is filled again once written (RecordBytes).
        else await target.write(guardedBytes(bytes), () => pieceWritten(bytes));
      }
    },
    async finish() {
      if (opened) await opened.close();
      else await target.flush();
    },
    async abort() {
      opened?.abort();
    },
  };
}

/** Records to an .xlsx file with exceljs's streaming writer: each row is flushed as it is added, nothing spooled. */
export async function xlsxSink(out: string, cwd = "."): Promise<Sink> {
  // exceljs is large: loaded only when Excel is written.
  const { default: ExcelJS } = await import("exceljs");
  const file = outFile(out, cwd);
  const stream = file.stream();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("butie");
  const add = (cells: readonly OutCell[]) =>
    sheet.addRow(cells.map((c) => (typeof c === "string" ? xmlLegal(inertCell(c)) : c))).commit();
  return {
    async header(cells) {
      add(cells);
    },
    async write(chunk) {
      for (const row of chunk.rows ?? []) add(row);
      // exceljs writes into the file stream as rows commit; wait when it is full (or failed).
      await file.ready();
    },
    async finish() {
      sheet.commit();
      // exceljs waits for the stream's `finish`, which a failed stream never gives: raced with the failure.
      await file.whileWriting(workbook.commit());
      await file.close();
    },
    async abort() {
      file.abort();
    },
  };
}
