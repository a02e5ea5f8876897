import { writeFileSync } from "node:fs";
import { maskIdNumbersIn } from "../profile/idNumber.js";
import type { Io } from "./io.js";

// An escape sequence that only sets colours (SGR, what chalk writes) is kept when colour is on.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL_OR_COLOUR = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;

/**
 * What may reach a terminal or file from butie: ID numbers masked, and every control character other
 * than newline and tab (cursor moves, screen clears, carriage returns, title changes) shown as `\xNN`;
 * with `colour`, colour codes (SGR) are kept.
 */
export function guardOutput(text: string, colour = false): string {
  const masked = maskIdNumbersIn(text);
  if (!colour) return masked.replace(CONTROL, escaped);
  return masked.replace(CONTROL_OR_COLOUR, (c) => (c.length > 1 ? c : escaped(c)));
}

/**
 * Write a file the user asked for (`--out`): the text passes the same guard as stdout (ID numbers masked,
 * stray control characters shown). Every command that writes a file writes it through this.
 */
export function writeGuardedFile(path: string, text: string | Buffer): void {
  writeFileSync(path, typeof text === "string" ? guardOutput(text) : text);
}

/** The same Io with stdout and stderr passed through `guardOutput`: every command writes through it. */
export function guardedIo(io: Io): Io {
  // Colour codes can only be ours where colour may be on (a terminal, or FORCE_COLOR); elsewhere none pass.
  const colour = io.isTTY || Boolean(io.env.FORCE_COLOR);
  const guard = (stream: Io["stdout"]): Io["stdout"] => ({
    write: (text: string) => stream.write(guardOutput(String(text), colour)),
  });
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}
