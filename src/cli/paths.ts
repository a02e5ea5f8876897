import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { message } from "../messages/index.js";
import type { Io } from "./io.js";

/**
 * Resolve paths against the working directory; a path that does not exist, or is neither a directory
 * nor a regular file (`/dev/null`, a FIFO), is a usage error.
 */
export function existingPaths(paths: readonly string[], io: Io): string[] {
  return paths.map((p) => {
    const full = resolve(io.cwd, p);
    let stat: import("node:fs").Stats;
    try {
      stat = statSync(full);
    } catch {
      throw new UsageError(message("usage/no-such-path", { path: clip(p) }));
    }
    if (!stat.isDirectory() && !stat.isFile())
      throw new UsageError(message("usage/not-a-file", { path: clip(p) }));
    return full;
  });
}
