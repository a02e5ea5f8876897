import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { ChunkResult, InputRow } from "./chunk.js";
import type { BatchSettings } from "./context.js";

/**
 * The worker entry: `batch-worker.js` beside the chunk of the bundled CLI (dist/bin/), else `worker.js`
 * beside this module in tsc's dist/batch/. Undefined when there is none (running from source, e.g. in tests).
 */
export function defaultWorkerFile(): string | undefined {
  for (const candidate of ["./batch-worker.js", "./worker.js", "../batch/worker.js"]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * `--jobs` when not given: one core is left to the main thread, which reads, splits, hands out and writes every
 * chunk, so on 2 cores a batch runs in one thread. Measured on 2 shared cores (50,000 mixed NDJSON rows, CPU
 * user+sys of the whole process, alternating runs): `--jobs 1` 4.9–5.2 s; 2 workers 7.4–8.2 s and no faster on
 * the wall clock (the main thread and two workers on two cores, each worker loading the rules again). Again
 * on 200,000 rows (2026-12-07, load ~10): `--jobs 1` 17.2 s CPU, peak RSS 305 MB; `--jobs 2` 35.8 s, 342 MB.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The most `--jobs` allowed: twice the processors (each worker loads the rules, ~64 MB of heap). Unbounded,
 * `--jobs 100000` started ~1,000 threads and 10 GB in 30 s, and Ctrl-C could no longer end it (hostile F8).
 */
export function maxJobs(): number {
  return Math.max(2, 2 * availableParallelism());
}

const WORKER_YOUNG_MB = 4;
const WORKER_OLD_MB = 64;

/** A pool of worker threads evaluating chunks; `run` resolves with each chunk's result. */
export interface ChunkPool {
  run(rows: InputRow[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

/** Start `threads` workers, each compiling the rules from `settings` once. */
export function startPool(workerFile: string, settings: BatchSettings, threads: number): ChunkPool {
  const pool = new Piscina({
    filename: workerFile,
    workerData: settings,
    minThreads: threads,
    maxThreads: threads,
    // A worker holds one chunk at a time: small heaps make V8 collect early, so memory stays flat.
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
  });
  return {
    run: (rows) => pool.run(rows) as Promise<ChunkResult>,
    close: () => pool.destroy(),
  };
}
