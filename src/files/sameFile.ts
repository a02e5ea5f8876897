import { statSync } from "node:fs";

/** One file under two names: the same path, or a symbolic or hard link to it (the same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  const x = statSync(a, { throwIfNoEntry: false });
  const y = statSync(b, { throwIfNoEntry: false });
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}
