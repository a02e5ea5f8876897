import { UsageError } from "../diagnostics.js";
import { type Message, message } from "../messages/index.js";
import { grouped } from "./grouped.js";
import type { InputFault } from "./inputs/inputFault.js";

/** What was kept of a run that stopped part-way: the records already written, or no file at all. */
function kept(read: number, out: string | undefined): Message {
  const n = grouped(read);
  return out ? message("batch/keptNoFile", { n, out }) : message("batch/keptStdout", { n });
}

const twice = (first: Message, second: Message) => new UsageError([first, second]);

/** A read that stopped part-way (a broken quote, another encoding, a file that changed), with what was kept. */
export function stoppedAt(fault: InputFault, read: number, out: string | undefined): UsageError {
  return twice(fault.says, kept(read, out));
}

/** The system's reasons a file cannot be written that a caseworker can act on. */
const WRITE_FAULTS = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO", "ENOENT", "ENOTDIR"]);

/** A failed write said plainly (disk full, read-only place, no permission), or undefined for anything else. */
export function writeFault(e: unknown, out: string | undefined, read: number): UsageError | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (!out || code === undefined || !WRITE_FAULTS.has(code)) return undefined;
  return twice(message("batch/writeFailed", { file: out, code }), kept(read, out));
}

/** Said when SIGINT (Ctrl-C) or SIGTERM stops a run. */
export function interrupted(signal: string, read: number, out: string | undefined): Message[] {
  return [message("batch/interrupted", { signal }), kept(read, out)];
}

/** Exit codes of a run ended by a signal, as a shell reports them (128 + the signal's number). */
export const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };
