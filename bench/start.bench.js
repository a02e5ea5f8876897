// Cold start (run by `npm run bench` after the build): CPU time (user + system) of whole `node` processes, each
// command against a bare `node -e 0` run in the same round, commands taking turns in a rotating order.
//   BENCH_RUNS=11        rounds of the quick commands
//   BENCH_SLOW_RUNS=5    rounds of `check` and `test` (about a second of CPU each)
import { cpuOfRun, median, record, resetRecord, spread } from "./lib.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const SLOW_RUNS = Math.min(RUNS, Number(process.env.BENCH_SLOW_RUNS ?? 5));
const BUTIE = "bin/butie.js";
const EVAL = ["eval", "examples/hefei-provident-fund.yaml", "--as-of", "2022-03-01"];
const commands = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "butie --version", args: [BUTIE, "--version"], target: 1.2 },
  { name: "butie --help", args: [BUTIE, "--help"], target: 1.2 },
  // A subcommand's help is built by the command tree (commander) at every run: bin/butie.js prints only the
  // top-level help from the build (docs/performance.md).
  { name: "butie eval --help", args: [BUTIE, "eval", "--help"] },
  { name: "butie eval (YAML profile)", args: [BUTIE, ...EVAL], target: 1.5 },
  { name: "butie eval --rules (2 files)", args: [BUTIE, ...EVAL, "--rules", "examples/local-rules"] },
  { name: "butie check", args: [BUTIE, "check"], target: 5, slow: true },
  { name: "butie test", args: [BUTIE, "test"], target: 5, slow: true },
];

resetRecord(); // the first bench of `npm run bench`: a new row of figures
const cpu = new Map(commands.map((c) => [c.name, []]));
const ratios = new Map(commands.map((c) => [c.name, []]));
for (const c of commands) cpuOfRun(c.args); // warm the file cache
for (let round = 0; round < RUNS; round++) {
  const these = commands.filter((c) => !c.slow || round < SLOW_RUNS);
  const got = new Map();
  for (let i = 0; i < these.length; i++) {
    const c = these[(i + round) % these.length];
    got.set(c.name, cpuOfRun(c.args) * 1000);
  }
  const bare = got.get("node -e 0");
  for (const [name, ms] of got) {
    cpu.get(name).push(ms);
    ratios.get(name).push(ms / bare);
  }
}

console.log(
  `\ncold start: CPU ms (user+sys) per whole process, median [min–max] of ${RUNS} rotating rounds (${SLOW_RUNS} for check/test); ratio to node -e 0 of the same round`,
);
const figures = {};
for (const c of commands) {
  const r = ratios.get(c.name);
  const verdict = c.target ? `target ≤ ${c.target}×: ${median(r) <= c.target ? "MEETS" : "MISSES"}` : "";
  console.log(
    `  ${c.name.padEnd(30)} ${spread(cpu.get(c.name), 0, " ms").padEnd(22)} ${spread(r, 2, "×").padEnd(22)} ${verdict}`,
  );
  figures[c.name] = median(r);
}
const extra = median(cpu.get("butie eval --rules (2 files)")) - median(cpu.get("butie eval (YAML profile)"));
console.log(
  `  a --rules directory of 2 files adds ${extra.toFixed(0)} ms of CPU (target ≤ 100 ms: ${extra <= 100 ? "MEETS" : "MISSES"})`,
);
record({ start: figures, rulesDirMs: extra });
