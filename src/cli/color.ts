import { Chalk, type ChalkInstance } from "chalk";
import { colorForced } from "./colorForced.js";
import type { Io } from "./io.js";

/**
 * The one place that decides colour: never in machine formats; `FORCE_COLOR` (1, 2, 3 or empty/true) turns it on
 * and `FORCE_COLOR=0` (or false) off, as Node and chalk read it; otherwise on a TTY unless `NO_COLOR` is set.
 */
export function colorFor(io: Io, machineFormat = false): ChalkInstance {
  const level = colorLevel(io, machineFormat);
  return level === 0 ? NO_COLOR : new Chalk({ level });
}

function colorLevel(io: Io, machineFormat: boolean): 0 | 1 | 2 | 3 {
  if (machineFormat) return 0;
  const forced = colorForced(io.env);
  if (forced !== undefined) {
    if (!forced) return 0;
    const level = Number(io.env.FORCE_COLOR);
    return level === 2 || level === 3 ? level : 1;
  }
  const off = !io.isTTY || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "");
  return off ? 0 : 1;
}

/**
 * What a `Chalk` of level 0 gives, without chalk: every style and chain of styles gives its text unchanged (several
 * texts joined by a space), `visible` gives nothing. Most runs print no colour (a pipe, a file, JSON), and the
 * bundled CLI then never loads chalk (scripts/build-cli.mjs: ~1 ms and ~120 kB of every start).
 */
const NO_COLOR = painter((...texts) => (texts.length === 1 ? `${texts[0]}` : texts.join(" ")));
const NOTHING = painter(() => "");

function painter(paint: (...texts: unknown[]) => string): ChalkInstance {
  const style: ChalkInstance = new Proxy(paint, {
    get: (_, key) => (key === "level" ? 0 : key === "visible" ? NOTHING : style),
  }) as unknown as ChalkInstance;
  return style;
}
