// `butie batch` (run by `npm run bench` after the build): rows per CPU-second on one core (`--jobs 1`) and with
// the default worker count, against the pass-through floor (read, JSON.parse, stringify a record of butie's
// shape, write: ../shared/bench/floor.mjs ndjson-out) on the same file, in alternating rounds; then peak RSS over
// a large file with default settings. The input is ../shared/bench/gen.mjs's mixed NDJSON (every program, case
// references, ~5 % ID numbers, ~1 % mistakes). CPU is user + system of the whole process, all threads.
// Then the office case: the same number of rows as gen.mjs's mixed CSV (Chinese headers, 是/否, 2021/9/1) to a CSV
// results file, `--jobs 1`, against floor.mjs's csv pass-through (csv-parse then csv-stringify each record).
//   BENCH_BATCH_ROWS=200000  BENCH_BATCH_ROUNDS=3  BENCH_BATCH_RSS_ROWS=1000000 (0: skip)  BENCH_BATCH_CSV=1 (0: skip)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cpuOfRun, median, record, runTimed, sharedBench, spread, thousands } from "./lib.js";

const ROWS = Number(process.env.BENCH_BATCH_ROWS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
const RSS_ROWS = Number(process.env.BENCH_BATCH_RSS_ROWS ?? 1_000_000);
const CSV = process.env.BENCH_BATCH_CSV !== "0";
const shared = sharedBench();
if (!shared) {
  console.log(
    "\nbatch: ../shared/bench (gen.mjs, floor.mjs) not found beside the checkout; set BENCH_SHARED",
  );
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "butie-batch-bench-"));
const butie = (file, jobs) => [
  "--import",
  "./bench/batchMaxRss.mjs",
  "bin/butie.js",
  "batch",
  file,
  "--as-of",
  "2022-03-01",
  ...(jobs ? ["--jobs", String(jobs)] : []),
];
// A file with mistakes makes `butie batch` exit 1 (rows in error) after writing every record.
const ROW_ERRORS = { allow: [0, 1] };
const rssOf = (stderr) => Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1]) / 1024;

try {
  const file = join(dir, "mixed.ndjson");
  cpuOfRun([join(shared, "gen.mjs"), "mixed", "ndjson", String(ROWS), file]);
  const runs = {
    floor: () => cpuOfRun([join(shared, "floor.mjs"), "ndjson-out", file]),
    "jobs 1": () => cpuOfRun(butie(file, 1), ROW_ERRORS),
    default: () => cpuOfRun(butie(file), ROW_ERRORS),
  };
  const names = Object.keys(runs);
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  const ratio = { "jobs 1": [], default: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const got = {};
    for (let i = 0; i < names.length; i++) {
      const n = names[(i + round) % names.length];
      got[n] = runs[n]();
    }
    for (const n of names) cpu[n].push(got[n]);
    for (const n of ["jobs 1", "default"]) ratio[n].push(got[n] / got.floor);
  }
  const rate = (n) => cpu[n].map((s) => ROWS / s);
  console.log(
    `\nbatch: ${thousands(ROWS)} rows of mixed NDJSON, --as-of 2022-03-01, ${ROUNDS} rotating rounds; CPU (user+sys, all threads)`,
  );
  console.log(`  ${"".padEnd(27)} ${"rows per CPU-second".padEnd(30)} CPU ÷ floor`);
  for (const n of names)
    console.log(
      `  ${(n === "floor" ? "floor (pass-through)" : `butie batch ${n === "default" ? "(default jobs)" : "--jobs 1"}`).padEnd(27)} ${spread(rate(n), 0).padEnd(30)} ${n === "floor" ? "1" : spread(ratio[n], 2, "×")}`,
    );
  const oneCore = median(rate("jobs 1"));
  console.log(
    `  --jobs 1: ${thousands(oneCore)} rows per CPU-second (target ≥ 100,000: ${oneCore >= 100_000 ? "MEETS" : "MISSES"})`,
  );
  record({ batchRate: oneCore, batchFloorRatio: median(ratio["jobs 1"]) });
  rmSync(file);
  if (CSV) {
    const table = join(dir, "mixed.csv");
    const results = join(dir, "results.csv");
    cpuOfRun([join(shared, "gen.mjs"), "mixed", "csv", String(ROWS), table]);
    const csvRuns = {
      floor: () => cpuOfRun([join(shared, "floor.mjs"), "csv", table]),
      "jobs 1": () => cpuOfRun([...butie(table, 1), "--out", results], ROW_ERRORS),
    };
    const seconds = { floor: [], "jobs 1": [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? ["jobs 1", "floor"] : ["floor", "jobs 1"];
      for (const n of order) seconds[n].push(csvRuns[n]());
    }
    const csvRate = (n) => seconds[n].map((s) => ROWS / s);
    const csvRatio = seconds["jobs 1"].map((s, i) => s / (seconds.floor[i] ?? s));
    console.log(`  CSV → CSV results file, ${thousands(ROWS)} rows of mixed CSV:`);
    console.log(`  ${"floor (csv pass-through)".padEnd(27)} ${spread(csvRate("floor"), 0).padEnd(30)} 1`);
    console.log(
      `  ${"butie batch --jobs 1".padEnd(27)} ${spread(csvRate("jobs 1"), 0).padEnd(30)} ${spread(csvRatio, 2, "×")}`,
    );
    record({ batchCsvRate: median(csvRate("jobs 1")) });
    rmSync(table);
    rmSync(results, { force: true });
  }
  if (RSS_ROWS) {
    const big = join(dir, "big.ndjson");
    cpuOfRun([join(shared, "gen.mjs"), "mixed", "ndjson", String(RSS_ROWS), big]);
    const { cpu: seconds, stderr } = runTimed(butie(big), ROW_ERRORS);
    const mb = rssOf(stderr);
    console.log(
      `  ${thousands(RSS_ROWS)} rows, default settings: peak RSS ${mb.toFixed(0)} MB (target ≤ 200 MB: ${mb <= 200 ? "MEETS" : "MISSES"}), ${thousands(RSS_ROWS / seconds)} rows per CPU-second`,
    );
    record({ batchRssMb: mb });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
