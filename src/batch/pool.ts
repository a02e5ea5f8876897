import { existsSync } from "node:fs";
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
