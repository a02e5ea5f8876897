import {
  closeSync,
  constants,
  createWriteStream,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  type WriteStream,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { message } from "../messages/index.js";
import { track, untrack } from "./temporaryFiles.js";

const FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
/** Bytes a stream into the file holds before the writer waits for them to be written. */
const WRITE_AHEAD = 1 << 20;

/**
 * A file the user asked for (`--out`, `--save`), written whole or not at all: into a temporary file with an
 * unpredictable name beside the target, created exclusively (`O_EXCL|O_NOFOLLOW`, so a planted file or symlink
 * is never followed) with mode 0600, synced, given its final mode and renamed over the target. The target must
 * be a regular file or not exist: a symlink (`/dev/stdout`), device, pipe or directory is refused, never
 * replaced. Until `commit`, the temporary file is removed by `abort`, and on signals and at exit (run.ts).
 */
export class AtomicFile {
  private readonly fd: number;
  private readonly mode: number;
  private done = false;

  private constructor(
    readonly path: string,
    readonly shown: string,
    readonly temp: string,
    fd: number,
    mode: number,
  ) {
    this.fd = fd;
    this.mode = mode;
  }

  /** Open a temporary file for `path` (absolute); `shown` names it in messages. Throws a UsageError. */
  static open(path: string, shown = path): AtomicFile {
    const mode = checkWritable(path, shown);
    const dir = dirname(path);
    const temp = join(dir, `.${basename(path).slice(0, 100)}.${randomName()}.tmp`);
    // Tracked before it exists, so that the signal handlers are in place when the file appears: a Ctrl-C
    // between the two would otherwise end the process by the signal's default and leave the file.
    track(temp);
    let fd: number;
    try {
      fd = openSync(temp, FLAGS, 0o600);
    } catch (e) {
      untrack(temp);
      throw failed(shown, e);
    }
    return new AtomicFile(path, shown, temp, fd, mode);
  }

  private writer: WriteStream | undefined;
  private failure: unknown;

  /** A stream into the temporary file (ending it does not close the file: `commit` or `abort` does). */
  stream(): WriteStream {
    // A megabyte in flight (not the default 16 kB): each 32k-character piece of a batch no longer waits for
    // `drain`, and pieces queued meanwhile reach the file in one writev.
    this.writer ??= createWriteStream("", { fd: this.fd, autoClose: false, highWaterMark: WRITE_AHEAD });
    // A failed write (a full disk) is reported by `commit`, not as an uncaught stream error.
    this.writer.on("error", (e) => {
      this.failure ??= e;
    });
    return this.writer;
  }

  /** Append bytes or text to the temporary file. */
  write(data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  /** Sync, set the final mode and rename into place; the target is checked again just before. */
  commit(): void {
    if (this.done) return;
    try {
      if (this.failure) throw this.failure;
      fsyncSync(this.fd);
      fchmodSync(this.fd, this.mode);
      closeSync(this.fd);
      this.done = true;
      targetMode(this.path, this.shown);
      renameSync(this.temp, this.path);
      untrack(this.temp);
    } catch (e) {
      this.abort();
      throw e instanceof UsageError ? e : failed(this.shown, e);
    }
  }

  /** Give up: close and remove the temporary file. Never throws. */
  abort(): void {
    if (!this.done) {
      this.done = true;
      // A stream closes the descriptor itself once its pending writes are done.
      if (this.writer) this.writer.destroy();
      else closeSync(this.fd);
    }
    rmSync(this.temp, { force: true });
    untrack(this.temp);
  }
}

/**
 * Refuse, before any work, a target that cannot be written (a missing directory; a symlink, device, pipe or
 * directory in its place); else the mode the written file will get. Throws a UsageError.
 */
export function checkWritable(path: string, shown = path): number {
  const mode = targetMode(path, shown);
  const dir = dirname(path);
  let dirStat: Stats | undefined;
  try {
    dirStat = statSync(dir);
  } catch {
    // Said below.
  }
  if (!dirStat?.isDirectory())
    throw new UsageError(message("file/no-directory", { file: clip(shown), dir: clip(dir) }));
  return mode;
}

/** 16 hex digits from the system's random source: a temporary name nobody can plant a file or symlink at ahead. */
function randomName(): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(8))).toString("hex");
}

/** Write `data` to `path` whole or not at all (see AtomicFile); throws a UsageError the user can act on. */
export function writeFileAtomic(path: string, data: string | Uint8Array, shown = path): void {
  const file = AtomicFile.open(path, shown);
  try {
    file.write(data);
  } catch (e) {
    file.abort();
    throw failed(shown, e);
  }
  file.commit();
}

/** The mode the written file gets: the replaced file's, else 0666 less the umask. Refuses what is not a regular file. */
function targetMode(path: string, shown: string): number {
  let stat: Stats;
  try {
    stat = lstatSync(path);
  } catch {
    return 0o666 & ~process.umask();
  }
  if (!stat.isFile()) throw new UsageError(message("file/write-not-regular", { file: clip(shown) }));
  return stat.mode & 0o777;
}

function failed(shown: string, e: unknown): UsageError {
  const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message ?? String(e);
  return new UsageError(message("file/write-failed", { file: clip(shown), reason: clip(String(reason)) }));
}
