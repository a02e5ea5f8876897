import { Chalk, type ChalkInstance } from "chalk";
import { colorForced } from "./colorForced.js";
import type { Io } from "./io.js";

/**
 * The one place that decides colour: never in machine formats; `FORCE_COLOR` (1, 2, 3 or empty/true) turns it on
 * and `FORCE_COLOR=0` (or false) off, as Node and chalk read it; otherwise on a TTY unless `NO_COLOR` is set.
 */
export function colorFor(io: Io, machineFormat = false): ChalkInstance {
  if (machineFormat) return new Chalk({ level: 0 });
  const forced = colorForced(io.env);
  if (forced !== undefined) {
    if (!forced) return new Chalk({ level: 0 });
    const level = Number(io.env.FORCE_COLOR);
    return new Chalk({ level: level === 2 || level === 3 ? level : 1 });
  }
  const off = !io.isTTY || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "");
  return new Chalk({ level: off ? 0 : 1 });
}
