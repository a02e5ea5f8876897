/** What output is written into: node's writable streams, or stdout as a file (src/cli/io.ts), which never waits. */
export interface WriteTarget {
  write(chunk: string | Uint8Array, done?: (e?: Error | null) => void): unknown;
}

type Waitable = WriteTarget &
  Partial<Pick<NodeJS.EventEmitter, "once" | "off">> & {
    readonly errored?: Error | null;
    readonly destroyed?: boolean;
    readonly writableNeedDrain?: boolean;
  };

/**
 * Resolves when `target` can take more; rejects once it has failed or closed, also when that happened before
 * the wait began. A stream that failed never emits `drain` (and emits `error` once): a wait for `drain` alone
 * was a promise never settled, and the run ended when the event loop emptied — exit 0, nothing written,
 * nothing said (hostile F4).
 */
export function drained(target: WriteTarget): Promise<void> {
  const stream = target as Waitable;
  if (stream.errored) return Promise.reject(stream.errored);
  if (stream.destroyed) return Promise.reject(closedEarly());
  if (!stream.writableNeedDrain || typeof stream.once !== "function") return Promise.resolve();
  const on = stream.once.bind(stream);
  return new Promise((resolve, reject) => {
    const settle = (e?: Error | null) => {
      stream.off?.("drain", settle);
      stream.off?.("error", settle);
      stream.off?.("close", closed);
      if (e) reject(e);
      else resolve();
    };
    const closed = () => settle(stream.errored ?? closedEarly());
    on("drain", settle);
    on("error", settle);
    on("close", closed);
  });
}

/** Writes into a stream one after another, waiting whenever it asks to (backpressure keeps memory flat). */
export interface OrderedWriter {
  /** Write `chunk`; `written` is called once the target has written it. Rejects from the first failed write on. */
  write(chunk: string | Uint8Array, written?: () => void): Promise<void>;
  /** Resolves once every write so far is done; rejects if any failed. */
  flush(): Promise<void>;
}

/**
 * The one way output is written piece by piece: a failed write is learnt from its own callback, whenever that
 * comes, so the next write, wait or flush rejects with it — it is never left to an event nobody waits for.
 */
export function orderedWriter(target: WriteTarget): OrderedWriter {
  let failure: Error | undefined;
  const check = () => {
    // A stream that failed takes later writes into its buffer and never calls them back.
    const e = failure ?? (target as Waitable).errored;
    if (e) throw e;
  };
  return {
    async write(chunk, written) {
      check();
      if (!chunk.length) return;
      const ok = target.write(chunk, (e) => {
        if (e) failure ??= e;
        else written?.();
      });
      if (ok === false) await drained(target);
      check();
    },
    async flush() {
      check();
      // A stream calls back once every write before is done. Other targets (stdout as a file, src/cli/io.ts)
      // call back on the next tick at the latest, or never (a test's memory): one tick is enough for them.
      const stream = typeof (target as Waitable).once === "function";
      await new Promise<void>((done) => (stream ? target.write("", () => done()) : process.nextTick(done)));
      check();
    },
  };
}

function closedEarly(): Error {
  return Object.assign(new Error("the output closed before it was written"), {
    code: "EIO",
    syscall: "write",
  });
}
