import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
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
      throw new UsageError({
        en: `no such file or directory: ${clip(p)}`,
        zh: `文件或目录不存在：${clip(p)}`,
      });
    }
    if (!stat.isDirectory() && !stat.isFile())
      throw new UsageError({
        en: `${clip(p)} is neither a directory nor a regular file`,
        zh: `${clip(p)} 既不是目录也不是普通文件`,
      });
    return full;
  });
}
