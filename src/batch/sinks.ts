import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { UsageError } from "../diagnostics.js";
import { message } from "../messages/index.js";
import type { ChunkResult } from "./chunk.js";
import type { OutCell } from "./records.js";

type Writer = { write(text: string): unknown };

/** Where records go: written chunk by chunk in input order, waiting whenever the reader is slower. */
export interface Sink {
  header(cells: readonly string[]): Promise<void>;
  write(chunk: ChunkResult): Promise<void>;
  /** Close the output; a file appears under its name only now, whole. */
  finish(): Promise<void>;
  /** Give up (an error): remove the unfinished temporary file. */
  abort(): Promise<void>;
}

/** Write `text`, then wait for `drain` when the stream asks us to (backpressure keeps memory flat). */
async function writeText(target: Writer, text: string): Promise<void> {
  if (!text) return;
  const ok = target.write(text);
  const emitter = target as Partial<NodeJS.EventEmitter>;
  if (ok === false && typeof emitter.once === "function") await once(emitter as NodeJS.EventEmitter, "drain");
}

/** A file written under a temporary name beside the target, renamed into place when complete. */
class AtomicFile {
  readonly temp: string;
  readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    this.stream = createWriteStream(this.temp);
  }
  /** Wait until the temporary file is open; a directory that does not exist or is not writable is a usage error. */
  async opened(): Promise<void> {
    try {
      if (this.stream.pending) await once(this.stream, "open");
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new UsageError(message("usage/save-failed", { file: this.path, reason }));
    }
  }
  async commit(): Promise<void> {
    await rename(this.temp, this.path);
  }
  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }
}

/** NDJSON or CSV records to stdout or to a file. CSV files start with a BOM so Excel reads them as UTF-8. */
export async function textSink(
  format: "ndjson" | "csv",
  stdout: Writer,
  out?: string,
  cwd = ".",
): Promise<Sink> {
  const file = out ? new AtomicFile(resolve(cwd, out)) : undefined;
  if (file) await file.opened();
  const target: Writer = file?.stream ?? stdout;
  return {
    async header(cells) {
      if (format === "csv")
        await writeText(target, `${file ? "\uFEFF" : ""}${stringify([cells as string[]])}`);
    },
    write: (chunk) => writeText(target, chunk.text ?? ""),
    async finish() {
      if (!file) return;
      file.stream.end();
      await once(file.stream, "close");
      await file.commit();
    },
    abort: async () => file?.abort(),
  };
}

/** Records to an .xlsx file with exceljs's streaming writer: each row is flushed as it is added. */
export async function xlsxSink(out: string, cwd = "."): Promise<Sink> {
  // exceljs is large: loaded only when Excel is written.
  const { default: ExcelJS } = await import("exceljs");
  const file = new AtomicFile(resolve(cwd, out));
  await file.opened();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file.stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("butie");
  const add = (cells: readonly OutCell[]) => sheet.addRow(cells as unknown[]).commit();
  return {
    async header(cells) {
      add(cells);
    },
    async write(chunk) {
      for (const row of chunk.rows ?? []) add(row);
      // exceljs writes into the file stream as rows commit; wait when it is full.
      if (file.stream.writableNeedDrain) await once(file.stream, "drain");
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      if (!file.stream.closed) await once(file.stream, "close");
      await file.commit();
    },
    abort: () => file.abort(),
  };
}
