import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../diagnostics.js";
import type { Io } from "./io.js";

/** Resolve paths against the working directory; a path that does not exist is a usage error. */
export function existingPaths(paths: readonly string[], io: Io): string[] {
  return paths.map((p) => {
    const full = resolve(io.cwd, p);
    if (!existsSync(full)) throw new UsageError(`no such file or directory: ${p}`);
    return full;
  });
}
