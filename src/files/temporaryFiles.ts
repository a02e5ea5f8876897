import { unlinkSync } from "node:fs";

// Every temporary file not yet renamed into place or removed.
const live = new Set<string>();
let installed = false;

/**
 * Note a temporary file that must not outlive the run. The first one installs the clean-up: at exit (an uncaught
 * error included) and on Ctrl-C, `kill` or a closed terminal, after which the run ends as a shell expects of
 * that signal (128 + its number). Runs that write no file keep node's own signal behaviour.
 */
export function track(temp: string): void {
  live.add(temp);
  if (installed) return;
  installed = true;
  process.on("exit", removeTemporaryFiles);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)
    process.once(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
}

/** The temporary file was renamed into place or removed. */
export function untrack(temp: string): void {
  live.delete(temp);
}

/** Remove every temporary file still there; never throws. */
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
