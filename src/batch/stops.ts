import { UsageError } from "../diagnostics.js";
import type { WriteFailed } from "../files/atomicFile.js";
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

/** The output file that could not be written (`WriteFailed`: a full disk, a size limit …), with what was kept. */
export function writeFault(e: WriteFailed, read: number): UsageError {
  return twice(e.says[0] as Message, kept(read, e.file));
}

/** Said when SIGINT (Ctrl-C) or SIGTERM stops a run. */
export function interrupted(signal: string, read: number, out: string | undefined): Message[] {
  return [message("batch/interrupted", { signal }), kept(read, out)];
}

/** Exit codes of a run ended by a signal, as a shell reports them (128 + the signal's number). */
export const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };
