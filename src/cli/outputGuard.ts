import { writeFileAtomic } from "../files/atomicFile.js";
import { guardOutput, isGuardedBytes } from "../text/guard.js";
import { colorForced } from "./colorForced.js";
import type { Io } from "./io.js";

export { guardOutput };

/**
 * Write a file the user asked for (`--out`, `--save`, a report) whole or not at all (`writeFileAtomic`): the
 * text passes the same guard as stdout (ID numbers masked, stray control characters shown).
 */
export function writeGuardedFile(path: string, text: string | Buffer, shown = path): void {
  writeFileAtomic(path, typeof text === "string" ? guardOutput(text) : text, shown);
}

/**
 * The same Io with stdout and stderr passed through `guardOutput`: every command writes through it. The
 * streams stay streams (an interactive prompt listens on them); only `write` is guarded, and bytes already
 * guarded piece by piece (`guardedBytes`) pass as they are.
 */
export function guardedIo(io: Io): Io {
  // On a terminal, prompts and progress bars draw; elsewhere colour codes pass only when colour is forced on
  // (FORCE_COLOR, as color.ts reads it).
  let terminal: boolean | "colour" | undefined;
  const mode = () => {
    terminal ??= io.isTTY ? true : colorForced(io.env) ? "colour" : false;
    return terminal;
  };
  const guard = <S extends Io["stdout"]>(stream: S): S =>
    new Proxy(stream, {
      get(target, prop) {
        if (prop === "write")
          return (chunk: unknown, ...rest: unknown[]) =>
            (target.write as (...a: unknown[]) => unknown)(
              isGuardedBytes(chunk) ? chunk : guardOutput(String(chunk), mode()),
              ...rest,
            );
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  // Getters, not a spread: the process's streams are opened on first use (src/cli/io.ts), and a spread would
  // open all three — stdin alone is a ReadStream, several ms of every start.
  let stdout: Io["stdout"] | undefined;
  let stderr: Io["stderr"] | undefined;
  return {
    get stdout() {
      stdout ??= guard(io.stdout);
      return stdout;
    },
    get stderr() {
      stderr ??= guard(io.stderr);
      return stderr;
    },
    get stdin() {
      return io.stdin;
    },
    env: io.env,
    cwd: io.cwd,
    get isTTY() {
      return io.isTTY;
    },
    get columns() {
      return io.columns;
    },
    ...(io.today === undefined ? {} : { today: io.today }),
  };
}
