import type { Io } from "./io.js";

/** The help's width: the terminal's, else COLUMNS, else 80 (as the output of every command). */
export function helpWidth(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  return io.columns || (Number.isInteger(fromEnv) && fromEnv > 20 ? fromEnv : 80);
}

// Wide (CJK, full-width) characters, the only ones help text holds besides ASCII; kept here, not string-width,
// so that `--help` loads nothing more than commander.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a help string takes: two for a wide character, one for any other. */
export function helpDisplayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
