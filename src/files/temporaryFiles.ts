import { unlinkSync } from "node:fs";

// Every temporary file not yet renamed into place or removed. Kept apart from the writer so that the CLI's
// entry can remove them on a signal without loading anything else.
const live = new Set<string>();

/** Note a temporary file that must not outlive the run. */
export function track(temp: string): void {
  live.add(temp);
}

/** The temporary file was renamed into place or removed. */
export function untrack(temp: string): void {
  live.delete(temp);
}

/** Remove every temporary file still there (on SIGINT, SIGTERM, an abort or exit); never throws. */
export function removeTemporaryFiles(): void {
  for (const temp of live) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    live.delete(temp);
  }
}
