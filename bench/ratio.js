// `npm run bench:ratio [-- N ROUNDS]`: the shared ../shared/bench/ratio.mjs, run as it is, with its butie.mjs
// adapted as its README allows ("if that API changes, change butie.mjs in your own copy and say so"): since
// POLICY.md's Corrections 2026-12 the Ningxia subsidy asks when the spell of unemployment began (in 2021 and 2022
// only a spell that began that year is covered), which the shared limit takes for granted; the copy says so as a
// fact (the spell began on 1 January of the as-of year), as bench/eval.bench.js does; likewise a birth date of
// working age (a missing one is unknown since wave 9). Nothing else changes.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedBench } from "./lib.js";

const shared = sharedBench();
if (!shared) {
  console.error("bench:ratio needs ../shared/bench beside the checkout (or BENCH_SHARED)");
  process.exit(2);
}
const given = "registered: p.registered, benefitExhausted: p.benefitExhausted,";
// Since wave 9 a missing birth date leaves "below retirement age" unknown, which the limit takes for granted too.
const person = "person: { employmentStatus: p.unemployed ? 'unemployed' : 'employed' },";
const copy = mkdtempSync(join(tmpdir(), "butie-ratio-"));
try {
  cpSync(shared, copy, { recursive: true });
  const butie = readFileSync(join(copy, "butie.mjs"), "utf8");
  if (!butie.includes(given) || !butie.includes(person))
    throw new Error("bench:ratio: ../shared/bench/butie.mjs changed; adapt bench/ratio.js");
  writeFileSync(
    join(copy, "butie.mjs"),
    butie
      .replace(given, `${given}\n        unemployedSince: \`\${p.asOf.slice(0, 4)}-01-01\`,`)
      .replace(person, person.replace(" },", ", birthDate: '1985-06-15', sex: 'male' },")),
  );
  const run = spawnSync(process.execPath, [join(copy, "ratio.mjs"), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, BUTIE_DIR: process.cwd() },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
