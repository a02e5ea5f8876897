import { fstatSync, statSync, writeSync } from "node:fs";
import { outputFailed } from "./outputFailure.js";

/** Where a command reads and writes: the real process in `bin/`, buffers in tests. */
export interface Io {
  readonly stdout: { write(text: string | Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stdout is a terminal (colour, tables sized for people). */
  readonly isTTY: boolean;
  /** The terminal's width in columns, when stdout is a terminal (tables and lines are fitted to it). */
  readonly columns?: number;
  /** Today's date as YYYY-MM-DD, injectable so tests do not depend on the clock. */
  readonly today?: string;
}

/** The Io of the running process. */
export function processIo(): Io {
  // Streams are opened on first use: each costs node a few ms to set up, and stdin and stderr are often not used.
  const toFile = stdoutIsFile();
  return {
    get stdout() {
      return toFile ? FILE_STDOUT : withWriteFailures(process.stdout, "stdout");
    },
    get stderr() {
      return withWriteFailures(process.stderr, "stderr");
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    get isTTY() {
      return !toFile && Boolean(process.stdout.isTTY);
    },
    get columns() {
      return (!toFile && process.stdout.columns) || undefined;
    },
  };
}

/**
 * Whether stdout is a regular file or the null device: nothing to wait for and never a terminal, so it is written
 * with `writeSync` as node's own stream for a file would, without loading node's ~20 stream modules (~4 % of an
 * `eval`'s profile). A pipe, a socket or a terminal is node's stream, as before.
 */
function stdoutIsFile(): boolean {
  try {
    const out = fstatSync(1);
    if (out.isFile()) return true;
    if (!out.isCharacterDevice()) return false;
    return out.rdev === statSync("/dev/null").rdev;
  } catch {
    return false; // no stdout, or no /dev/null: node's stream decides
  }
}

/** stdout as a file: each write whole, its callback (a stream's, as batch output passes one) on the next tick. */
const FILE_STDOUT = {
  write(chunk: string | Uint8Array, done?: (e?: Error | null) => void): boolean {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let failure: NodeJS.ErrnoException | undefined;
    try {
      while (bytes.length) bytes = bytes.subarray(writeSync(1, bytes));
    } catch (e) {
      // A full disk: said once, exit 2, as a stream's error event is (outputFailure.ts); the callback gets the
      // failure, as a stream's does, so that a writer waiting on it (batch) stops instead of going on.
      failure = e as NodeJS.ErrnoException;
      outputFailed(failure, "stdout");
    }
    if (done) process.nextTick(done, failure);
    return true;
  },
};

const guarded = new WeakSet<NodeJS.WriteStream>();

/** A failed write (a reader that stopped early, a full disk) is handled where it happens (outputFailure.ts). */
function withWriteFailures(stream: NodeJS.WriteStream, name: "stdout" | "stderr"): NodeJS.WriteStream {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on("error", (e: NodeJS.ErrnoException) => outputFailed(e, name));
  }
  return stream;
}

/** Today's date as YYYY-MM-DD: `io.today` in tests, else the local calendar day where the user is. */
export function todayIso(io: Io): string {
  if (io.today) return io.today;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
