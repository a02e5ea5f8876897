import { maskIdNumbersIn } from "../profile/idNumber.js";
import type { Io } from "./io.js";

// An escape sequence that only sets colours (SGR, what chalk writes) is kept; every other control is not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL_OR_COLOUR = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * What may reach a terminal or file from butie: ID numbers masked, colour codes kept, and any other
 * control character (cursor moves, screen clears, carriage returns, title changes) shown as `\xNN`.
 */
export function guardOutput(text: string): string {
  const masked = maskIdNumbersIn(text);
  return masked.replace(CONTROL_OR_COLOUR, (c) =>
    c.length > 1 ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

/** The same Io with stdout and stderr passed through `guardOutput`: every command writes through it. */
export function guardedIo(io: Io): Io {
  const guard = (stream: Io["stdout"]): Io["stdout"] => ({
    write: (text: string) => stream.write(guardOutput(String(text))),
  });
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}
