import { EXIT } from "../diagnostics.js";
import { message, sayMessage } from "../messages/index.js";

/** The language of messages: `--lang en` or `--lang=en`, else Chinese (the default of every command). */
export function langOf(argv: readonly string[]): "zh" | "en" {
  return argv.some((a, i) => a === "--lang=en" || (a === "en" && argv[i - 1] === "--lang")) ? "en" : "zh";
}

let failed = false;

/**
 * A write to the process's stdout or stderr that failed (a stream's `error` event). A reader that stops early
 * (`butie … | head`) closes the pipe: that ends the output, it is not an error. Any other failure (a full disk,
 * `> /dev/full`, an I/O error) is one sentence on stderr and exit 2, could not run, however the command ends: the
 * output is incomplete. Thrown from the event instead, it crashed node with a trace of the bundle (hostile F5).
 */
export function outputFailed(e: NodeJS.ErrnoException, stream: "stdout" | "stderr"): void {
  if (e.code === "EPIPE" || failed) return;
  failed = true;
  process.once("exit", () => {
    process.exitCode = EXIT.cannotRun;
  });
  if (stream === "stderr") return;
  const says = message("output/writeFailed", { code: e.code ?? "EIO" });
  try {
    process.stderr.write(`butie: ${sayMessage(langOf(process.argv.slice(2)), says)}\n`);
  } catch {
    // stderr fails too: the exit status is all that is left to say it.
  }
}

/**
 * Whether `e`, which ended a command, is a failed write of its output: not a bug. A command that waits on its
 * writes (batch) learns of the failure from the write itself, maybe before the stream's `error` event: it is
 * said here if it was not yet (`outputFailed` says it once).
 */
export function endedByOutputFailure(e: unknown): boolean {
  const failure = e as NodeJS.ErrnoException | undefined;
  if (failure?.syscall !== "write" || typeof failure.code !== "string") return false;
  outputFailed(failure, "stdout");
  return true;
}
