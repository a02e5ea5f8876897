// Shared helpers of the benches: CPU-timed child processes, medians with their spread, the figures file that
// bench/history.js turns into a row of docs/performance.md.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
/** `median [min–max]` with `digits` decimals. */
export const spread = (xs, digits = 2, unit = "") =>
  `${median(xs).toFixed(digits)}${unit} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;
export const thousands = (x) => Math.round(x).toLocaleString("en");
export const kRate = (x) => `${Math.round(x / 1000).toLocaleString("en")}k/s`;

/** CPU seconds (user + system) of one run of `node …args`, from bash's `times`; throws when it fails. */
export function cpuOfRun(args, options) {
  return runTimed(args, options).cpu;
}

/** One run of `node …args`: its CPU seconds (all threads) and its standard error; `allow`: exit codes that are not failures. */
export function runTimed(args, { stdout = "/dev/null", allow = [0] } = {}) {
  const cmd = [process.execPath, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `${cmd} >${stdout} 2>/tmp/butie-bench-stderr; s=$?; times; exit $s`], {
    encoding: "utf8",
  });
  if (!allow.includes(r.status))
    throw new Error(
      `bench: \`node ${args.join(" ")}\` exited ${r.status}: ${readFileSync("/tmp/butie-bench-stderr", "utf8").slice(0, 2000)}`,
    );
  const m = r.stdout
    .trim()
    .split("\n")
    .at(-1)
    ?.match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  if (!m) throw new Error("bench: bash `times` gave nothing");
  const cpu = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]);
  return { cpu, stderr: readFileSync("/tmp/butie-bench-stderr", "utf8") };
}

/** The shared benchmark folder (gen.mjs, floor.mjs) beside the checkout: BENCH_SHARED, or `shared/bench` in a parent. */
export function sharedBench() {
  if (process.env.BENCH_SHARED) return resolve(process.env.BENCH_SHARED);
  for (let dir = process.cwd(); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "bench");
    if (existsSync(join(candidate, "gen.mjs"))) return candidate;
  }
  return undefined;
}

const FIGURES = join(tmpdir(), "butie-bench-figures.json");
/** Remember headline figures of this `npm run bench` for bench/history.js. */
export function record(figures) {
  const before = existsSync(FIGURES) ? JSON.parse(readFileSync(FIGURES, "utf8")) : {};
  writeFileSync(FIGURES, JSON.stringify({ ...before, ...figures }));
}
export function recorded() {
  return existsSync(FIGURES) ? JSON.parse(readFileSync(FIGURES, "utf8")) : {};
}
export function resetRecord() {
  writeFileSync(FIGURES, "{}");
}
