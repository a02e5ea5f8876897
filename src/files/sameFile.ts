import { fstatSync, type Stats, statSync } from "node:fs";

/**
 * One file under two names: the same path, or a symbolic or hard link to it (the same device and inode). An input
 * may be given as an open descriptor (standard input redirected from a file, `< roster.csv`): its device and
 * inode are compared the same way; a pipe or terminal is never a file on disk.
 */
export function sameFile(a: string | number, b: string): boolean {
  if (a === b) return true;
  const x = typeof a === "number" ? fstatOf(a) : statSync(a, { throwIfNoEntry: false });
  const y = statSync(b, { throwIfNoEntry: false });
  return x?.isFile() === true && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

function fstatOf(fd: number): Stats | undefined {
  try {
    return fstatSync(fd);
  } catch {
    return undefined; // closed or not a descriptor: nothing to compare
  }
}
