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

/** Whether `e` is a write to stdout or stderr that failed and was already said (`outputFailed`): not a bug. */
export function isSaidOutputFailure(e: unknown): boolean {
  return failed && (e as NodeJS.ErrnoException | undefined)?.syscall === "write";
}
