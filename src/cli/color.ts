import { Chalk, type ChalkInstance } from "chalk";
import type { Io } from "./io.js";

/** The one place that decides colour: only on a TTY, never with NO_COLOR or in machine formats. */
export function colorFor(io: Io, machineFormat = false): ChalkInstance {
  const off = machineFormat || !io.isTTY || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "");
  return new Chalk({ level: off ? 0 : 1 });
}

/** cli-table3 style with no colour codes of its own; colour comes only from `colorFor`. */
export const TABLE_STYLE = { head: [], border: [] };
