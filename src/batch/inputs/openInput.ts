import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { UsageError } from "../../diagnostics.js";
import { message } from "../../messages/index.js";

export type InputKind = "ndjson" | "csv" | "xlsx";

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
  ".txt": "csv",
  ".xlsx": "xlsx",
};

/** Open `path` (`-` = stdin) for a batch. A missing file is a usage error (exit 2). */
export async function openInput(path: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  const name = path === "-" ? "<stdin>" : path;
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") throw new UsageError(message("usage/xls", { path }));
  let stream: Readable;
  let size: number | undefined;
  if (path === "-") stream = stdin as Readable;
  else {
    stream = createReadStream(resolve(cwd, path));
    await new Promise<void>((ok, fail) => {
      stream.once("readable", ok);
      stream.once("error", (e: NodeJS.ErrnoException) =>
        fail(
          new UsageError(
            e.code === "ENOENT"
              ? message("usage/no-such-file", { path })
              : message("usage/cannot-read", { path, reason: e.message }),
          ),
        ),
      );
    });
    size = (await stat(resolve(cwd, path))).size;
  }
  const known = BY_EXTENSION[ext];
  if (known) return { kind: known, name, stream, ...(size !== undefined ? { size } : {}) };
  const { head, rest } = await peek(stream);
  return { kind: sniff(head), name, stream: rest, ...(size !== undefined ? { size } : {}) };
}

/** What the first bytes say: a zip (xlsx), a JSON object per line, or else CSV. */
function sniff(head: Buffer): InputKind {
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
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
