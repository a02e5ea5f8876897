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
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { message } from "../messages/index.js";
import { drained, type OrderedWriter, orderedWriter } from "./orderedWrites.js";
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
  private committed = false;

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

  private out: WriteStream | undefined;
  private failure: unknown;
  /** Rejects with the stream's first failed write: what a wait on anything the stream does must race. */
  private failed: Promise<never> | undefined;
  private writes: OrderedWriter | undefined;

  /**
   * A stream into the temporary file, for a writer that needs one (exceljs); ending it does not close the file:
   * `close`, `commit` or `abort` does. Wait on what writes into it with `ready` and `whileWriting`.
   */
  stream(): WriteStream {
    if (this.out) return this.out;
    // A megabyte in flight (not the default 16 kB): each 32k-character piece of a batch no longer waits for
    // `drain`, and pieces queued meanwhile reach the file in one writev.
    const writer = createWriteStream("", { fd: this.fd, autoClose: false, highWaterMark: WRITE_AHEAD });
    this.out = writer;
    this.failed = new Promise<never>((_, reject) =>
      writer.on("error", (e) => {
        this.failure ??= e;
        reject(e);
      }),
    );
    this.failed.catch(() => {}); // observed by whoever waits; a failure nobody waits for is said by `close`
    return writer;
  }

  /** Writes into the file piece by piece, in order; every failure is this file's one sentence (`WriteFailed`). */
  writer(): OrderedWriter {
    this.writes ??= orderedWriter(this.stream());
    const writes = this.writes;
    return {
      write: (chunk, written) => this.whileWriting(writes.write(chunk, written)),
      flush: () => this.whileWriting(writes.flush()),
    };
  }

  /** Resolves when the stream can take more (a writer into `stream()` waits on it); rejects as `whileWriting`. */
  ready(): Promise<void> {
    return this.whileWriting(drained(this.stream()));
  }

  /**
   * `work` that writes into the file, or ends when the file has failed, whichever comes first: a failed file is
   * given up (`abort`) and said as `WriteFailed`. A failed stream may never settle what waits on it (exceljs
   * waits for `finish`): without the race, that wait was lost and the run ended silently (hostile F4).
   */
  async whileWriting<T>(work: Promise<T>): Promise<T> {
    // Whichever settles first, the other may reject later with no one left to listen: that is expected.
    work.catch(() => {});
    try {
      if (this.failure) throw this.failure;
      return await (this.failed ? Promise.race([work, this.failed]) : work);
    } catch (e) {
      throw this.given(e);
    }
  }

  /** End the stream, wait for every write, then `commit`. */
  async close(): Promise<void> {
    const writer = this.out;
    if (writer) {
      if (!writer.writableEnded) writer.end();
      // Not node:stream/promises' `finished`: importing it loads node's stream modules at every start (~10 ms).
      await this.whileWriting(
        new Promise<void>((done, fail) => {
          if (writer.writableFinished) done();
          else writer.once("finish", () => done()).once("error", fail);
        }),
      );
    }
    this.commit();
  }

  /** Append bytes or text to the temporary file. */
  write(data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? Buffer.from(data) : data;
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    } catch (e) {
      throw this.given(e);
    }
  }

  /** Sync, set the final mode and rename into place; the target is checked again just before. */
  commit(): void {
    if (this.committed) return;
    // Given up after a failure: never said to be written.
    if (this.done) throw failed(this.shown, this.failure);
    try {
      if (this.failure) throw this.failure;
      fsyncSync(this.fd);
      fchmodSync(this.fd, this.mode);
      closeSync(this.fd);
      this.done = true;
      targetMode(this.path, this.shown);
      renameSync(this.temp, this.path);
      this.committed = true;
      untrack(this.temp);
    } catch (e) {
      throw this.given(e);
    }
  }

  /** `e` as what the user reads, once the temporary file is removed: a system's failure is `WriteFailed`. */
  private given(e: unknown): unknown {
    this.abort();
    return e instanceof UsageError || !isSystemError(e) ? e : new WriteFailed(this.shown, e.code);
  }

  /** Give up: close and remove the temporary file. Never throws. */
  abort(): void {
    if (!this.done) {
      this.done = true;
      // A stream closes the descriptor itself once its pending writes are done.
      if (this.out) this.out.destroy();
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

/**
 * The absolute path of a file the user named (`--out`, `--save`), as every writer and check takes it. A name that
 * ends in `/` (or `/.`, `/..`) names a directory: refused, since resolving it would drop the slash and a file
 * would be written (or replaced) under the name the user addressed as a folder.
 */
export function outputPath(cwd: string, typed: string): string {
  if (/\/\.{0,2}$/.test(typed)) throw new UsageError(message("file/names-directory", { file: clip(typed) }));
  return resolve(cwd, typed);
}

/** Write `data` to `path` whole or not at all (see AtomicFile); throws a UsageError the user can act on. */
export function writeFileAtomic(path: string, data: string | Uint8Array, shown = path): void {
  const file = AtomicFile.open(path, shown);
  file.write(data);
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

/** A file the user asked for could not be written (a full disk, a size limit, a read-only place, EIO …). */
export class WriteFailed extends UsageError {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(message("file/write-failed", { file: clip(file), code }));
  }
}

/** An error from the system (a code like ENOSPC), not a fault of butie's. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code);
}

function failed(shown: string, e: unknown): UsageError {
  return new WriteFailed(shown, isSystemError(e) ? e.code : "EIO");
}
