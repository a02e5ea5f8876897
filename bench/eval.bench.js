// `npm run bench` (builds first): start-up, evaluation rate against peer engines, `butie test` and `butie check`
// times, printed side by side at the end. What each figure means: docs/performance.md.
// Exits 1 when butie and a peer disagree on any profile, or when the generated fixtures fail.
//   BENCH_RUNS=15      alternating start-up runs per command
//   BENCH_PROFILES=20000  distinct profiles compared and timed per engine
//   BENCH_SECONDS=1    minimum timed seconds per engine
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { stringify } from "yaml";
import { asOfDate, evaluate, loadRules, profileFromData } from "../dist/index.js";
import { jsonRulesEngineSubsidy } from "./eval-peers/jsonRulesEngine.js";
import { plainSubsidy } from "./eval-peers/plain.js";
import { subsidyProfiles } from "./eval-peers/profiles.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PROFILES = Number(process.env.BENCH_PROFILES ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const PROGRAM = "ningxia.unemployment-subsidy";
const BUTIE = ["bin/butie.js"];
const summary = [];
let failures = 0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const rate = (x) => `${Math.round(x).toLocaleString("en")}/s`;
/** `3.10×` for a ratio above 1, `1/4.2×` below, so a slower butie reads as clearly as a faster one. */
const times = (r) => (r >= 1 ? `${r.toFixed(2)}×` : `1/${(1 / r).toFixed(1)}×`);

/** Run a command to completion; its wall time in ms. Exits the bench if the command fails. */
function timed(args, { allowFailure = false } = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const wall = performance.now() - start;
  if (r.status !== 0 && !allowFailure) {
    console.error(`bench: \`node ${args.join(" ")}\` exited ${r.status}\n${r.stderr}`);
    process.exit(1);
  }
  return { wall, status: r.status, stdout: r.stdout };
}

/** CPU time (user + system, ms) of one run, from the shell's `times`; undefined without bash. */
function cpu(args) {
  const cmd = [process.execPath, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `${cmd} >/dev/null 2>&1; times`], { encoding: "utf8" });
  const m = r.stdout
    ?.trim()
    .split("\n")
    .at(-1)
    ?.match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  return m ? (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000 : undefined;
}

// ── 1. Cold start ──────────────────────────────────────────────────────────────────────────────────────
// Commands take turns (bare node, then each butie command, then again …) so a burst of load from other
// processes hits all of them alike; medians ignore the outliers.
function coldStart() {
  const commands = {
    "node -e 0": ["-e", "0"],
    "butie --version": [...BUTIE, "--version"],
    "butie --help": [...BUTIE, "--help"],
    "butie eval (YAML profile)": [
      ...BUTIE,
      "eval",
      "examples/hefei-provident-fund.yaml",
      "--as-of",
      "2022-03-01",
    ],
  };
  const walls = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const cpus = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const args of Object.values(commands)) timed(args); // warm the file cache
  for (let i = 0; i < RUNS; i++)
    for (const [name, args] of Object.entries(commands)) {
      walls[name].push(timed(args).wall);
      const c = cpu(args);
      if (c !== undefined) cpus[name].push(c);
    }
  const bare = median(walls["node -e 0"]);
  const bareCpu = cpus["node -e 0"].length ? median(cpus["node -e 0"]) : undefined;
  console.log(`\ncold start (median of ${RUNS} alternating runs each; wall clock, and CPU user+sys)`);
  const targets = { "butie --version": 1.2, "butie --help": 1.2, "butie eval (YAML profile)": 1.5 };
  for (const name of Object.keys(commands)) {
    const wall = median(walls[name]);
    const c = cpus[name].length ? median(cpus[name]) : undefined;
    const ratio = wall / bare;
    const cpuRatio = c !== undefined && bareCpu ? c / bareCpu : undefined;
    const target = targets[name];
    const verdict = target ? `target ≤ ${target}×: ${ratio <= target ? "MEETS" : "MISSES"}` : "";
    console.log(
      `  ${name.padEnd(26)} ${ms(wall).padStart(8)} ${(`${ratio.toFixed(2)}×`).padStart(6)}   cpu ${c === undefined ? "?" : ms(c).padStart(7)} ${cpuRatio === undefined ? "" : `${cpuRatio.toFixed(2)}×`}   ${verdict}`,
    );
    if (target)
      summary.push([
        `cold start ${name} ÷ node -e 0`,
        `${ratio.toFixed(2)}× wall, ${cpuRatio?.toFixed(2) ?? "?"}× cpu`,
        `≤ ${target}×`,
      ]);
  }
}

// ── 2. Evaluation rate and agreement ───────────────────────────────────────────────────────────────────
const key = (r) => `${r.status} ${r.amount == null ? "-" : Number(r.amount).toFixed(2)}`;

function butieEngine() {
  const rules = loadRules();
  const program = rules.programs.get(PROGRAM);
  if (!program) throw new Error(`bench: no program ${PROGRAM}`);
  const locate = (_path, p) => ({ file: "bench", line: 1, col: 1, severity: "error", ...p });
  const asOfs = new Map();
  const prepare = ({ asOf, data }) => {
    const { profile, diagnostics } = profileFromData(data, rules.fields, locate);
    if (!profile) throw new Error(`bench: invalid profile ${JSON.stringify(diagnostics)}`);
    if (!asOfs.has(asOf)) asOfs.set(asOf, asOfDate(asOf));
    return { profile, asOf: asOfs.get(asOf) };
  };
  const run = ({ profile, asOf }) => {
    const [r] = evaluate([program], profile, asOf, { explain: false }).results;
    return {
      status: r.status,
      amount: r.status === "eligible" ? r.amount?.value : null,
      total: r.amount?.total,
    };
  };
  return { prepare, run };
}

/**
 * GoRules zen, when installed. It is not a devDependency: its package lists native builds for platforms the
 * project's registry does not serve, which makes `npm ci` refuse the lock file. `npm install --no-save
 * @gorules/zen-engine` adds it to a run.
 */
async function zenPeer() {
  try {
    const { zenSubsidy } = await import("./eval-peers/zenEngine.js");
    return [{ name: "GoRules zen-engine", run: zenSubsidy() }];
  } catch (e) {
    if (e?.code !== "ERR_MODULE_NOT_FOUND") throw e;
    console.log(
      "  GoRules zen-engine: not installed — `npm install --no-save @gorules/zen-engine` to compare with it",
    );
    return [];
  }
}

async function evaluationRate(profiles) {
  const butie = butieEngine();
  const prepared = profiles.map(butie.prepare);
  const engines = [
    { name: "butie (explain off)", sync: true, run: (i) => butie.run(prepared[i]) },
    { name: "plain JavaScript", sync: true, run: (i) => plainSubsidy(profiles[i].data, profiles[i].asOf) },
    { name: "json-rules-engine", run: jsonRulesEngineSubsidy() },
    ...(await zenPeer()),
  ];
  for (const e of engines.slice(2)) {
    const run = e.run;
    e.run = (i) => run(profiles[i].data, profiles[i].asOf);
  }
  // Agreement: every engine's status and monthly amount on every profile, against butie's.
  const answers = engines.map(() => []);
  for (const [n, e] of engines.entries())
    for (let i = 0; i < profiles.length; i++) answers[n][i] = e.sync ? e.run(i) : await e.run(i);
  const statuses = {};
  for (let i = 0; i < profiles.length; i++) {
    const b = answers[0][i];
    statuses[b.status] = (statuses[b.status] ?? 0) + 1;
    // A monthly subsidy of 6 months: the total, when butie gives one, is six monthly amounts.
    if (
      b.status === "eligible" &&
      b.total != null &&
      Number(b.total).toFixed(2) !== (Number(b.amount) * 6).toFixed(2)
    ) {
      failures++;
      console.error(`DISAGREE butie total ${b.total} ≠ 6 × ${b.amount} on ${JSON.stringify(profiles[i])}`);
    }
  }
  const disagreements = engines.map(() => 0);
  for (let n = 1; n < engines.length; n++)
    for (let i = 0; i < profiles.length; i++)
      if (key(answers[0][i]) !== key(answers[n][i])) {
        if (disagreements[n]++ < 5)
          console.error(
            `DISAGREE butie ${key(answers[0][i])} vs ${engines[n].name} ${key(answers[n][i])} on asOf ${profiles[i].asOf} ${JSON.stringify(profiles[i].data)}`,
          );
      }
  // Throughput: passes over the same distinct profiles until SECONDS have passed (the first pass warmed the JIT).
  const rates = [];
  for (const e of engines) {
    let count = 0;
    const start = performance.now();
    do {
      if (e.sync) for (let i = 0; i < profiles.length; i++) e.run(i);
      else for (let i = 0; i < profiles.length; i++) await e.run(i);
      count += profiles.length;
    } while (performance.now() - start < SECONDS * 1000);
    rates.push(count / ((performance.now() - start) / 1000));
  }
  console.log(
    `\nevaluation rate: ${PROGRAM}, ${profiles.length.toLocaleString("en")} distinct profiles (${Object.entries(
      statuses,
    )
      .map(([s, c]) => `${c} ${s}`)
      .join(", ")}), one program, no explanations`,
  );
  for (const [n, e] of engines.entries()) {
    const agree =
      n === 0
        ? "(reference)"
        : disagreements[n]
          ? `DISAGREES on ${disagreements[n]} profiles`
          : "agrees on every profile";
    console.log(
      `  ${e.name.padEnd(22)} ${rate(rates[n]).padStart(14)}   butie ÷ this ${times(rates[0] / rates[n])}   ${agree}`,
    );
    if (n > 0)
      summary.push([
        `evaluation rate butie ÷ ${e.name}`,
        `${times(rates[0] / rates[n])} (${rate(rates[0])} vs ${rate(rates[n])})`,
        disagreements[n] ? `DISAGREES on ${disagreements[n]}` : "agrees on all",
      ]);
    failures += disagreements[n];
  }
  return answers[1];
}

// ── 3. `butie test` on 1,000 generated fixture cases ────────────────────────────────────────────────────
function fixtureRun(profiles, expected) {
  const dir = mkdtempSync(join(tmpdir(), "butie-bench-"));
  try {
    const cases = profiles.slice(0, 1000).map(({ asOf, data }, i) => {
      const e = expected[i];
      const expect =
        e.status === "eligible"
          ? { status: e.status, amount: round2(e.amount), months: 6, total: round2(e.amount * 6) }
          : { status: e.status };
      return { name: `generated case ${i + 1}`, asOf, profile: data, expect: { [PROGRAM]: expect } };
    });
    // Block-style YAML, as fixture files are written.
    writeFileSync(join(dir, "generated.test.yaml"), stringify(cases));
    const args = [...BUTIE, "test", dir];
    const last = timed(args, { allowFailure: true });
    const { wall, cpu: c } = wallAndCpu(args, { allowFailure: true });
    const tail = last.stdout.trim().split("\n").at(-1);
    const text = `${ms(wall)} wall, ${c === undefined ? "?" : ms(c)} cpu`;
    console.log(
      `\nbutie test, ${cases.length} generated cases (median of 3, whole process): ${text} — ${tail}`,
    );
    summary.push([
      `butie test, ${cases.length} generated cases`,
      text,
      `< 2000 ms: ${wall < 2000 ? "MEETS" : "MISSES"}${c !== undefined && c < 2000 && wall >= 2000 ? " (cpu MEETS)" : ""}`,
    ]);
    if (last.status !== 0) {
      failures++;
      console.error(
        `DISAGREE: the generated fixtures (expected values from the plain-JS peer) fail:\n${last.stdout.slice(0, 2000)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const round2 = (x) => Math.round(x * 100) / 100;

// ── 4. `butie check` on the bundled rules ─────────────────────────────────────────────────────────────
function checkRun() {
  const { wall, cpu: c } = wallAndCpu([...BUTIE, "check"]);
  const text = `${ms(wall)} wall, ${c === undefined ? "?" : ms(c)} cpu`;
  console.log(`\nbutie check, bundled rules (median of 3, whole process): ${text}`);
  summary.push(["butie check, bundled rules", text, ""]);
}

/** Median wall and CPU time of 3 runs of a longer command. */
function wallAndCpu(args, options) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < 3; i++) {
    walls.push(timed(args, options).wall);
    const c = cpu(args);
    if (c !== undefined) cpus.push(c);
  }
  return { wall: median(walls), cpu: cpus.length ? median(cpus) : undefined };
}

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
coldStart();
const profiles = subsidyProfiles(PROFILES);
const expected = await evaluationRate(profiles);
fixtureRun(profiles, expected);
checkRun();
console.log("\nsummary");
for (const [what, value, note] of summary) console.log(`  ${what.padEnd(48)} ${value.padEnd(40)} ${note}`);
if (failures) {
  console.error(
    `\nbench FAILED: ${failures} disagreement(s) between butie and its peers — see DISAGREE lines above`,
  );
  process.exitCode = 1;
}
