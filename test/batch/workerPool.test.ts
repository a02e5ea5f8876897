import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { type BatchOptions, runBatch } from "../../src/cli/commands/batch.js";
import type { Io } from "../../src/cli/io.js";
import { REPO } from "../cli/memoryIo.js";
import { applicant } from "./profiles.js";

// The worker runs as JavaScript in its own thread: build it from source as `npm run build` would, at the
// same depth below the repository (rules/ is found relative to it).
const WORKER = fileURLToPath(new URL("../../dist/batch-test/worker.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "butie-pool-"));
const input = join(dir, "people.ndjson");

async function run(opts: Partial<BatchOptions>) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([]),
    env: {},
    cwd: REPO,
    isTTY: false,
    today: "2022-03-01",
  };
  const code = await runBatch(input, { lang: "en", ...opts }, io);
  return { code, stdout, stderr };
}

describe("butie batch on worker threads", () => {
  beforeAll(async () => {
    await build({
      entryPoints: [fileURLToPath(new URL("../../src/batch/worker.ts", import.meta.url))],
      outfile: WORKER,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      logLevel: "silent",
    });
    const rows = Array.from({ length: 2000 }, (_, i) =>
      i % 97 === 5 ? '{"person": {"sex": "man"}}' : JSON.stringify(applicant(i)),
    );
    writeFileSync(input, `${rows.join("\n")}\n`);
  }, 60_000);

  it("writes the same records in the same order as one thread, and the same summary", async () => {
    const one = await run({ jobs: "1" });
    const pool = await run({ jobs: "2", workerFile: WORKER, chunkSize: 50, poolAfterChunks: 1 });
    expect(pool.code).toBe(1);
    expect(pool.stdout.split("\n").length).toBe(2001);
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.stderr).toBe(one.stderr);
  }, 120_000);

  it("compares a reform on worker threads as in one thread", async () => {
    const reform = { compare: true, param: ["ningxia.unemployment-subsidy.higherTierRate=0.9"] };
    const one = await run({ ...reform, jobs: "1" });
    const pool = await run({ ...reform, jobs: "2", workerFile: WORKER, chunkSize: 50, poolAfterChunks: 0 });
    expect(pool.stdout).toContain("Paid more");
    expect(pool.stdout).toBe(one.stdout);
  }, 120_000);
});
