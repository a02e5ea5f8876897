/** Where a command reads and writes: the real process in `bin/`, buffers in tests. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** Whether stdout is a terminal (colour, tables sized for people). */
  readonly isTTY: boolean;
  /** Today's date as YYYY-MM-DD, injectable so tests do not depend on the clock. */
  readonly today?: string;
}

/** The Io of the running process. */
export function processIo(): Io {
  // A reader that stops early (`butie … | head`) closes the pipe: that ends the output, it is not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
    });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Today's date as YYYY-MM-DD: `io.today` in tests, else the local calendar day where the user is. */
export function todayIso(io: Io): string {
  if (io.today) return io.today;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
