import { writeFileSync } from "node:fs";
import { maskIdNumbersIn } from "../profile/idNumber.js";
import { colorForced } from "./colorForced.js";
import type { Io } from "./io.js";

// On a terminal, control sequences (CSI: colours, and the cursor moves of an interactive prompt) and carriage
// returns are butie's own and pass; any other control character (a title change, a bell, a NUL) never does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL_OR_CSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;

/**
 * What may reach a terminal or file from butie: ID numbers masked, and every control character other
 * than newline and tab (cursor moves, screen clears, carriage returns, title changes) shown as `\xNN`.
 * With `terminal` (output to a terminal, where colour and prompts draw), CSI sequences and carriage
 * returns pass. Values quoted in messages are escaped before (`echo`), so they cannot use this either.
 */
export function guardOutput(text: string, terminal = false): string {
  const masked = maskIdNumbersIn(text);
  if (!terminal) return masked.replace(CONTROL, escaped);
  return masked.replace(CONTROL_OR_CSI, (c) => (c.length > 1 ? c : escaped(c)));
}

/**
 * Write a file the user asked for (`--out`): the text passes the same guard as stdout (ID numbers masked,
 * stray control characters shown). Every command that writes a file writes it through this.
 */
export function writeGuardedFile(path: string, text: string | Buffer): void {
  writeFileSync(path, typeof text === "string" ? guardOutput(text) : text);
}

/**
 * The same Io with stdout and stderr passed through `guardOutput`: every command writes through it. The
 * streams stay streams (an interactive prompt listens on them); only `write` is guarded.
 */
export function guardedIo(io: Io): Io {
  // Colour codes pass wherever colour is decided on (a terminal, or FORCE_COLOR as color.ts reads it).
  const terminal = colorForced(io.env) ?? io.isTTY;
  const guard = <S extends Io["stdout"]>(stream: S): S =>
    new Proxy(stream, {
      get(target, prop) {
        if (prop === "write")
          return (chunk: unknown, ...rest: unknown[]) =>
            (target.write as (...a: unknown[]) => unknown)(guardOutput(String(chunk), terminal), ...rest);
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return { ...io, stdout: guard(io.stdout), stderr: guard(io.stderr) };
}
