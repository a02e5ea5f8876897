import { closeSync, constants, createReadStream, fstatSync, openSync } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { PassThrough, type Readable, Transform } from "node:stream";
import { UsageError } from "../../diagnostics.js";
import { checkInputFile, tooLargeError } from "../../files/readerProblems.js";
import { LIMITS } from "../../limits.js";
import { message } from "../../messages/index.js";
import { InputFault } from "./inputFault.js";

/** NDJSON, delimited text (CSV, Excel's tab-separated "Unicode text"), or a workbook SheetJS reads. */
export type InputKind = "ndjson" | "csv" | "sheet";

/** An opened input: its kind (from the extension, else sniffed from the first bytes) and its bytes. */
export interface Input {
  readonly kind: InputKind;
  readonly name: string;
  readonly stream: Readable;
  /** Bytes, when the input is a file. */
  readonly size?: number;
}

const BY_EXTENSION: Record<string, InputKind> = {
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "ndjson",
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".xlsx": "sheet",
  ".xlsm": "sheet",
  ".xlsb": "sheet",
  ".xls": "sheet",
  ".et": "sheet",
  ".ods": "sheet",
};

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Open `path` (`-` = stdin) for a batch. A missing file is a usage error (exit 2); a directory, FIFO or device
 * is refused before it is opened (nothing blocks or grows without end), and a workbook larger than
 * `LIMITS.spreadsheetBytes` by its size (it is read whole). A file is read as it was when opened: one that
 * shrinks or changes while it is read fails the stream, so a half-written export is never evaluated as if whole.
 */
export async function openInput(path: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  const name = path === "-" ? "<stdin>" : path;
  const known = BY_EXTENSION[extname(path).toLowerCase()];
  let stream: Readable;
  let size: number | undefined;
  if (path === "-") stream = stdin as Readable;
  else {
    const full = resolve(cwd, path);
    // CSV and NDJSON are streamed, so only a workbook has a size cap.
    size = checkInputFile(full, name, known === "sheet" ? LIMITS.spreadsheetBytes : Number.POSITIVE_INFINITY);
    let fd: number;
    try {
      // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it does not hang.
      fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? String(e);
      throw new UsageError(message("usage/cannot-read", { path, reason }));
    }
    // Checked again on the opened file: the path may have been swapped in between.
    const before = fstatSync(fd);
    if (!before.isFile()) {
      closeSync(fd);
      throw new UsageError(message("usage/cannot-read", { path, reason: "not a regular file" }));
    }
    const file = createReadStream(full, size ? { fd, end: size - 1 } : { fd });
    await new Promise<void>((ok, fail) => {
      file.once("readable", ok);
      file.once("end", ok);
      file.once("error", (e: NodeJS.ErrnoException) =>
        fail(new UsageError(message("usage/cannot-read", { path, reason: e.code ?? e.message }))),
      );
    });
    stream = file.pipe(unchangedCheck(full, name, before.size, before.mtimeMs));
    file.once("error", (e) => stream.destroy(e));
  }
  if (known) return { kind: known, name, stream, ...(size !== undefined ? { size } : {}) };
  const { head, rest } = await peek(stream);
  return { kind: sniff(head), name, stream: rest, ...(size !== undefined ? { size } : {}) };
}

/** Passes the bytes on; at the end, fails when fewer bytes came than the file had, or the file changed since. */
function unchangedCheck(full: string, name: string, size: number, mtimeMs: number): Transform {
  let read = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      stat(full).then(
        (now) =>
          done(
            read !== size || now.size !== size || now.mtimeMs !== mtimeMs
              ? new InputFault(message("batch/inputChanged", { file: name, read, size: now.size }))
              : null,
          ),
        () => done(new InputFault(message("batch/inputChanged", { file: name, read, size: 0 }))),
      );
    },
  });
}

/**
 * The whole of a workbook's stream (a zip or a compound file is read from its directory at the end), at most
 * `LIMITS.spreadsheetBytes`: standard input and a file whose kind was sniffed have no size known before.
 */
export async function readAll(stream: Readable, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = toBuffer(chunk);
    size += buffer.length;
    if (size > LIMITS.spreadsheetBytes) {
      stream.destroy();
      throw tooLargeError(name, LIMITS.spreadsheetBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** What the first bytes say: a zip (xlsx, ods) or compound file (xls, et), a JSON object per line, or else CSV. */
function sniff(head: Buffer): InputKind {
  const magic = head.subarray(0, 4);
  if (magic.equals(ZIP) || magic.equals(OLE2)) return "sheet";
  const text = head
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return text.startsWith("{") ? "ndjson" : "csv";
}

/** The first chunk of a stream, and a stream that still yields every byte. */
async function peek(stream: Readable): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : toBuffer(first.value);
  const rest = new PassThrough();
  rest.write(head);
  (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      if (!rest.write(toBuffer(next.value))) await new Promise((ok) => rest.once("drain", ok));
    rest.end();
  })().catch((e: Error) => rest.destroy(e));
  return { head, rest };
}

function toBuffer(chunk: unknown): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
}
