import { statSync } from "node:fs";
import { resolve } from "node:path";
import cliProgress from "cli-progress";
import { grouped } from "./grouped.js";
import type { Input } from "./inputs/openInput.js";

/** A progress bar on stderr, shown only when stderr is a terminal and the input is a file of known size. */
export interface Progress {
  advance(rows: number): void;
  stop(): void;
}

/** The bar follows the bytes read (so it has an ETA) and shows the rows per second. */
export function progressBar(
  io: { readonly stderr: { write(text: string): unknown }; readonly cwd: string },
  input: Input,
): Progress | undefined {
  const stderr = io.stderr as { isTTY?: boolean };
  const bytes = (input.stream as { bytesRead?: number; path?: string }).path;
  if (!stderr.isTTY || typeof bytes !== "string") return undefined;
  const size = statSync(resolve(io.cwd, bytes)).size;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: "{bar} {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let rows = 0;
  bar.start(size, 0, { rows: 0, speed: 0 });
  return {
    advance(n) {
      rows += n;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const read = (input.stream as { bytesRead?: number }).bytesRead ?? 0;
      bar.update(Math.min(read, size), {
        rows: grouped(rows),
        speed: grouped(Math.round(rows / seconds)),
      });
    },
    stop: () => bar.stop(),
  };
}
