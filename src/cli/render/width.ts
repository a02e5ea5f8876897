import type { Io } from "../io.js";

// Output sized for the terminal. The width arithmetic lives below the CLI (src/text/width.ts) so batch's report
// can use it; only the terminal's width, which needs the CLI's Io, is decided here.
export { displayWidth, fitLines, fittedTable, wrapLine } from "../../text/width.js";

/** The terminal's width in columns; 80 when it is unknown (a pipe, a file, a test). */
export function terminalWidth(io: Io): number {
  const fromIo = io.columns;
  const fromEnv = Number(io.env.COLUMNS);
  const width = fromIo || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
  return Math.max(width, 20);
}
