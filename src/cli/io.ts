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
  return {
    get stdout() {
      return withWriteFailures(process.stdout, "stdout");
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
      return Boolean(process.stdout.isTTY);
    },
    get columns() {
      return process.stdout.columns || undefined;
    },
  };
}

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
