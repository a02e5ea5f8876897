import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { Io } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";

/** The repository root, where `examples/` and `rules/` live. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** A folder of CLI scenario inputs under test/fixtures-data. */
export const scenario = (name: string) =>
  fileURLToPath(new URL(`../fixtures-data/${name}/`, import.meta.url));

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  /** Text, or a stream (a file opened as standard input, as `< file` gives). */
  readonly stdin?: string | NodeJS.ReadableStream;
  readonly isTTY?: boolean;
  readonly env?: NodeJS.ProcessEnv;
  /**
   * The terminal's width. Tests run as on a very wide terminal unless they ask for one, so that they can match
   * whole lines; the tests of wrapping ask for 80 (or set COLUMNS).
   */
  readonly columns?: number;
}

/** Run `butie <argv>` in memory on 2022-03-01, not on a terminal, unless told otherwise. */
export async function butie(argv: readonly string[], options: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin:
      typeof options.stdin === "object"
        ? options.stdin
        : Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: options.env ?? {},
    cwd: options.cwd ?? REPO,
    isTTY: options.isTTY ?? false,
    ...(options.columns !== undefined || options.env?.COLUMNS === undefined
      ? { columns: options.columns ?? 1000 }
      : {}),
    today: "2022-03-01",
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Escape sequences that colour terminal text. */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

/** A JavaScript stack frame line, which must never reach a user for an input error. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
