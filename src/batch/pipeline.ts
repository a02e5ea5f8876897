import { setFlagsFromString } from "node:v8";
import { type ChunkResult, type InputRow, processChunk, rowsIn } from "./chunk.js";
import type { BatchContext } from "./context.js";
import type { ChunkPool } from "./pool.js";
import type { Sink } from "./sinks.js";
import { emptyTally, mergeTally, type Tally } from "./tally.js";

/**
 * How much V8 lets the heap grow past what a full collection leaves live, in percent. By default it grows up to
 * 4× the live size when collections are fast, and a batch's live data (rules, memos: ~30 MB) let the heap reach
 * 150 MB and peak RSS 212 MB at 400k rows; at 1.5× it stays at 147 MB for ~10 % more CPU (measured on 400k
 * mixed NDJSON rows). The flag is read at each collection, so setting it here takes effect for the run.
 */
const HEAP_GROWING_PERCENT = 50;

/** Rows evaluated and written at a time in this thread (an NDJSON block of 64 kB holds ~200). */
const IN_THREAD_ROWS = 200;

export interface PipelineOptions {
  /** Rows per chunk: the unit of work handed to a thread. */
  readonly chunkSize: number;
  /** Start worker threads (when given) once this many chunks have been read: small files never pay for them. */
  readonly startPool?: () => ChunkPool;
  readonly poolAfterChunks: number;
  /** Chunks in flight per thread at most: beyond that, reading waits (backpressure keeps memory flat). */
  readonly inFlightPerThread: number;
  readonly threads: number;
  readonly onChunk?: (rows: number, tally: Tally) => void;
  readonly onErrors?: (lines: readonly string[]) => void;
}

/**
 * Read rows, evaluate them in chunks (in this thread, or in worker threads for large inputs) and write each
 * chunk's records in input order. Resolves with the tally of the whole input.
 */
export async function runPipeline(
  rows: AsyncIterable<InputRow>,
  ctx: BatchContext,
  sink: Sink,
  options: PipelineOptions,
): Promise<Tally> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  let tally = emptyTally();
  let pool: ChunkPool | undefined;
  const pending: Promise<ChunkResult>[] = [];
  let chunks = 0;
  const emit = async (result: ChunkResult) => {
    await sink.write(result);
    tally = mergeTally(tally, result.tally);
    if (result.errors) options.onErrors?.(result.errors);
    options.onChunk?.(result.tally.rows, tally);
  };
  const dispatch = async (chunk: InputRow[]) => {
    chunks++;
    if (!pool && options.startPool && chunks > options.poolAfterChunks) pool = options.startPool();
    // In this thread, each input block's records are written before the next block is read: a chunk's text
    // held until its end outlived the young generation and grew the old one (peak RSS with the rows read).
    if (!pool) {
      let part: InputRow[] = [];
      let size = 0;
      for (const row of chunk) {
        part.push(row);
        size += rowsIn(row);
        if (size >= IN_THREAD_ROWS) {
          await emit(processChunk(ctx, part));
          part = [];
          size = 0;
        }
      }
      if (part.length) await emit(processChunk(ctx, part));
      return;
    }
    pending.push(pool.run(chunk));
    // Results are written in the order the chunks were read, whichever thread finishes first.
    while (pending.length >= options.threads * options.inFlightPerThread)
      await emit(await (pending.shift() as Promise<ChunkResult>));
  };
  try {
    let chunk: InputRow[] = [];
    let size = 0;
    let fault: unknown;
    try {
      for await (const row of rows) {
        chunk.push(row);
        size += rowsIn(row);
        if (size >= options.chunkSize) {
          await dispatch(chunk);
          chunk = [];
          size = 0;
        }
      }
    } catch (e) {
      // Input that cannot be read on: every record before the fault is still evaluated and written.
      fault = e;
    }
    if (chunk.length) await dispatch(chunk);
    while (pending.length) await emit(await (pending.shift() as Promise<ChunkResult>));
    if (fault !== undefined) throw fault;
  } finally {
    // A failed read must not leave chunks running unobserved.
    await Promise.allSettled(pending);
    await pool?.close();
  }
  return tally;
}
