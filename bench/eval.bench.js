// Evaluation rate (run by `npm run bench` after the build): the Ningxia unemployment subsidy on the same
// distinct profiles through every engine — the rule hand-written in plain JavaScript (the limit), butie's
// compiled lean path (src/compiled, what `butie batch` uses), butie's interpreter without and with explanation,
// json-rules-engine and GoRules zen (when installed). Each engine runs ≥ BENCH_SECONDS of CPU per round, in an
// order rotated every round; rates and ratios to the limit are per round, printed as median [min–max].
// Exits 1 when any engine disagrees with the limit, or the compiled path with the interpreter, on any profile.
//   BENCH_PROFILES=20000  BENCH_SECONDS=1  BENCH_ROUNDS=5
import Big from "big.js";
import { leanEvaluator } from "../dist/compiled/leanProgram.js";
// The interpreter itself: the library's evaluateProgram runs the compiled path when no explanation is asked for.
import { evaluateProgram } from "../dist/engine/evaluateProgram.js";
import { asOfDate, loadRules, profileFromData } from "../dist/index.js";
import { jsonRulesEngineSubsidy } from "./eval-peers/jsonRulesEngine.js";
import { plainSubsidy } from "./eval-peers/plain.js";
import { subsidyProfiles } from "./eval-peers/profiles.js";
import { kRate, median, record, sharedBench, spread } from "./lib.js";

const PROFILES = Number(process.env.BENCH_PROFILES ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PROGRAM = "ningxia.unemployment-subsidy";

const rules = loadRules();
const program = rules.programs.get(PROGRAM);
const compiled = leanEvaluator(program);
const locate = (_path, p) => ({ file: "bench", line: 1, col: 1, severity: "error", ...p });
// The shared benchmark's profiles and limit (../shared/bench: profiles.mjs, limit.mjs — integer fen, the figure the
// issue quotes) when the checkout sits beside it; else this folder's own (bench/eval-peers).
const shared = sharedBench();
const sharedLimit = shared && (await import(`${shared}/limit.mjs`));
const profiles = shared
  ? (await import(`${shared}/profiles.mjs`)).profiles(PROFILES).map((p) => ({
      flat: p,
      asOf: p.asOf,
      data: {
        // Since wave 9 a missing birth date leaves "below retirement age" unknown; the shared limit takes it for
        // granted: said as a fact (a man born 1985, of working age on every as-of date).
        person: {
          employmentStatus: p.unemployed ? "unemployed" : "employed",
          birthDate: "1985-06-15",
          sex: "male",
        },
        unemployment: {
          insuredRegion: p.insuredRegion,
          contributionMonths: p.contributionMonths,
          involuntary: p.involuntary,
          registered: p.registered,
          benefitExhausted: p.benefitExhausted,
          // The shared profiles predate POLICY.md's Corrections 2026-12: in 2021 and 2022 only a spell of
          // unemployment that began that year is covered, which the shared limit takes for granted. Said here as a
          // fact (the spell began on 1 January of the as-of year), so butie and the limit judge the same person.
          unemployedSince: `${p.asOf.slice(0, 4)}-01-01`,
        },
      },
    }))
  : subsidyProfiles(PROFILES);
const limit = sharedLimit
  ? (i) => sharedLimit.ningxiaSubsidy(profiles[i].flat)
  : (i) => plainSubsidy(profiles[i].data, profiles[i].asOf);
const dates = new Map();
const prepared = profiles.map(({ asOf, data }) => {
  const { profile, diagnostics } = profileFromData(data, rules.fields, locate);
  if (!profile) throw new Error(`bench: invalid profile ${JSON.stringify(diagnostics)}`);
  if (!dates.has(asOf)) dates.set(asOf, asOfDate(asOf));
  return { profile, asOf: dates.get(asOf) };
});
// What a caller keeps of butie's answer, as ../shared/bench/butie.mjs keeps it: the status and the monthly amount.
const butie = (r) => ({ status: r.status, amount: r.status === "eligible" ? Number(r.amount?.value) : null });

async function zen() {
  try {
    const { zenSubsidy } = await import("./eval-peers/zenEngine.js");
    return [{ name: "GoRules zen-engine", run: zenSubsidy() }];
  } catch (e) {
    if (e?.code !== "ERR_MODULE_NOT_FOUND") throw e;
    console.log(
      "(GoRules zen-engine not installed: `npm install --no-save @gorules/zen-engine` to compare with it)",
    );
    return [];
  }
}

const engines = [
  { name: "plain JavaScript (limit)", sync: true, run: limit },
  {
    name: "butie compiled lean",
    sync: true,
    run: (i) => butie(compiled(prepared[i].profile, prepared[i].asOf)),
  },
  {
    name: "butie interpreter lean",
    sync: true,
    run: (i) => butie(evaluateProgram(program, prepared[i].profile, prepared[i].asOf, { explain: false })),
  },
  {
    name: "butie with explanation",
    sync: true,
    run: (i) => butie(evaluateProgram(program, prepared[i].profile, prepared[i].asOf, { explain: true })),
  },
  { name: "json-rules-engine", run: jsonRulesEngineSubsidy() },
  ...(await zen()),
];
for (const e of engines.slice(4)) {
  const run = e.run;
  e.run = (i) => run(profiles[i].data, profiles[i].asOf);
}

// Agreement: status and monthly amount (to the fen) of every engine against the limit, on every profile; the
// compiled path against the interpreter in everything a batch keeps (status, value, months, total, missing).
let failures = 0;
const key = (r) => `${r.status} ${r.amount == null ? "-" : Number(r.amount).toFixed(2)}`;
const answers = [];
for (const e of engines) {
  const got = [];
  for (let i = 0; i < profiles.length; i++) got.push(e.sync ? e.run(i) : await e.run(i));
  answers.push(got);
}
const statuses = {};
for (let i = 0; i < profiles.length; i++) {
  const limit = answers[0][i];
  statuses[limit.status] = (statuses[limit.status] ?? 0) + 1;
  for (let n = 1; n < engines.length; n++)
    if (key(answers[n][i]) !== key(limit) && failures++ < 10)
      console.error(
        `DISAGREE ${engines[n].name} ${key(answers[n][i])} vs limit ${key(limit)} on ${JSON.stringify(profiles[i])}`,
      );
  const kept = (r) => {
    const a = r.amount;
    return JSON.stringify(
      [r.status, a?.value, a?.months, a?.total, r.missing].map((x) => (x instanceof Big ? x.toString() : x)),
    );
  };
  const { profile, asOf } = prepared[i];
  const [c, t] = [
    kept(compiled(profile, asOf)),
    kept(evaluateProgram(program, profile, asOf, { explain: false })),
  ];
  if (c !== t && failures++ < 10)
    console.error(`DISAGREE compiled ${c} vs interpreter ${t} on ${JSON.stringify(profiles[i])}`);
}

/**
 * Profiles per CPU-second of one engine, measured as ../shared/bench/ratio.mjs measures: slices of SLICE
 * profiles mapped to their answers (kept, as a caller keeps them, so no engine's work can be dropped unused),
 * until SECONDS of CPU have gone.
 */
const SLICE = Math.min(20_000, Math.floor(PROFILES / 2));
let cursor = 0;
async function measure(e) {
  let done = 0;
  const start = process.cpuUsage();
  let cpu = 0;
  do {
    cursor = (cursor + SLICE) % (PROFILES - SLICE);
    const from = cursor;
    if (e.sync) Array.from({ length: SLICE }, (_, k) => e.run(from + k));
    else for (let k = 0; k < SLICE; k++) await e.run(from + k);
    done += SLICE;
    const c = process.cpuUsage(start);
    cpu = (c.user + c.system) / 1e6;
  } while (cpu < SECONDS);
  return done / cpu;
}

const rates = engines.map(() => []);
const ratios = engines.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  const got = [];
  for (let k = 0; k < engines.length; k++) {
    const n = (k + round) % engines.length;
    got[n] = await measure(engines[n]);
  }
  for (let n = 0; n < engines.length; n++) {
    rates[n].push(got[n]);
    ratios[n].push(got[n] / got[0]);
  }
}

const mix = Object.entries(statuses)
  .map(([s, c]) => `${c} ${s}`)
  .join(", ");
console.log(
  `\nevaluation: ${PROGRAM}, ${shared ? "profiles and limit of ../shared/bench" : "bench/eval-peers profiles and limit"}, ${PROFILES.toLocaleString("en")} distinct profiles (${mix}); ${ROUNDS} rotating rounds, ≥ ${SECONDS} s CPU per engine per round; node ${process.version}`,
);
console.log(`  ${"engine".padEnd(26)} ${"profiles per CPU-second".padEnd(34)} ÷ limit, per round`);
for (const [n, e] of engines.entries())
  console.log(
    `  ${e.name.padEnd(26)} ${`${kRate(median(rates[n]))} [${kRate(Math.min(...rates[n]))}–${kRate(Math.max(...rates[n]))}]`.padEnd(34)} ${spread(ratios[n], 3)}`,
  );
const headline = median(ratios[1]);
console.log(
  `\nheadline: butie compiled lean ÷ plain-JS limit = ${spread(ratios[1], 3)} (target ≥ 0.25); interpreter ${spread(ratios[2], 3)}`,
);
console.log(failures ? `agreement: ${failures} DISAGREEMENTS` : `agreement: every engine on every profile`);
record({ compiledRatio: headline, interpreterRatio: median(ratios[2]), limitRate: median(rates[0]) });
if (failures) {
  console.error(`\nbench FAILED: ${failures} disagreement(s) — see DISAGREE lines above`);
  process.exitCode = 1;
}
