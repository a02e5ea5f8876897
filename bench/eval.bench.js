// Benchmarks: rule loading, evaluation throughput and CLI start-up. Run with `npm run bench` (builds first).
// Targets (see README): ≥ 100k profiles/s evaluated, CLI start ≤ 2 × a bare `node` start.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { asOfDate, evaluate, loadRules, profileFromData } from "../dist/index.js";

const N = Number(process.env.BENCH_PROFILES ?? 200_000);

function time(fn) {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const load = time(() => loadRules());
const rules = load.result;
const programs = [...rules.programs.values()];
console.log(
  `load rules: ${programs.length} programs in ${load.ms.toFixed(1)} ms (parse, check, compile once)`,
);

const locate = (_path, p) => ({ file: "bench", line: 1, col: 1, severity: "error", ...p });
function profileData(i) {
  return {
    person: {
      birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      sex: i % 2 ? "male" : "female",
      hukouRegion: i % 3 ? "340104" : "420102",
      fullCivilCapacity: true,
      povertyAlleviated: i % 4 === 0,
    },
    pension: { region: "340104", asIndividual: true, continuousMonths: i % 30 },
    providentFund: { base: 3000 + (i % 5000), ratio: 0.05 + (i % 8) / 100 },
    unemployment: {
      insuredRegion: i % 2 ? "640121" : "640104",
      contributionMonths: i % 130,
      involuntary: i % 3 !== 0,
      registered: true,
    },
    business: {
      region: "420102",
      kind: "individual-business",
      licenseDate: "2021-03-01",
      operatingNormally: true,
      returnedHome: i % 5 === 0,
    },
  };
}
let validated = 0;
const build = time(() => {
  for (let i = 0; i < N; i++) if (profileFromData(profileData(i), rules.fields, locate).profile) validated++;
});
console.log(
  `validate ${validated} profiles: ${build.ms.toFixed(0)} ms (${Math.round(N / (build.ms / 1000)).toLocaleString("en")} profiles/s)`,
);

// A streaming batch holds a few profiles at a time, not millions: evaluate a pool of distinct profiles repeatedly.
const POOL = 10_000;
const pool = Array.from(
  { length: POOL },
  (_, i) => profileFromData(profileData(i), rules.fields, locate).profile,
);
const asOf = asOfDate("2022-03-01");
// Warm the JIT first: a batch of millions runs almost entirely on optimised code.
for (const profile of pool) evaluate(programs, profile, asOf, { explain: false });
for (const explain of [false, true]) {
  let eligible = 0;
  const run = time(() => {
    for (let i = 0; i < N; i++) {
      for (const r of evaluate(programs, pool[i % POOL], asOf, { explain }).results)
        if (r.status === "eligible") eligible++;
    }
  });
  const rate = N / (run.ms / 1000);
  const verdict = explain
    ? "(full explanations)"
    : `${rate >= 100_000 ? "MEETS" : "MISSES"} the 100k/s batch target`;
  console.log(
    `evaluate ${N} profiles × ${programs.length} programs, explain ${explain}: ${run.ms.toFixed(0)} ms — ${Math.round(rate).toLocaleString("en")} profiles/s (${eligible} eligible) ${verdict}`,
  );
}
console.log(`heap used after evaluation: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

function median(cmd, args, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(cmd, args, { stdio: "ignore" });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const bare = median(process.execPath, ["-e", "0"]);
const version = median(process.execPath, ["bin/butie.js", "--version"]);
const evalOne = median(process.execPath, [
  "bin/butie.js",
  "eval",
  "examples/hefei-provident-fund.yaml",
  "--as-of",
  "2022-03-01",
  "--format",
  "json",
]);
console.log(
  `start-up: bare node ${bare.toFixed(0)} ms; butie --version ${version.toFixed(0)} ms (${(version / bare).toFixed(1)}×, target ≤ 2×: ${version <= 2 * bare ? "MEETS" : "MISSES"}); butie eval one profile ${evalOne.toFixed(0)} ms (${(evalOne / bare).toFixed(1)}×)`,
);
