// The last of `npm run bench`: one row of the history table in docs/performance.md from the figures the benches
// recorded, with the commit measured (and `+` when the work tree had changes). BENCH_RECORD=1 adds the row to the
// table; otherwise it is only printed.
import { execSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { recorded } from "./lib.js";

const f = recorded();
const git = (cmd) => execSync(`git ${cmd}`, { encoding: "utf8" }).trim();
const commit = `${git("rev-parse --short HEAD")}${git("status --porcelain -- src bench rules scripts") ? "+" : ""}`;
const x = (v, d = 2) => (v === undefined ? "—" : `${v.toFixed(d)}`);
const s = f.start ?? {};
const row = [
  new Date().toISOString().slice(0, 16).replace("T", " "),
  commit,
  loadavg()[0].toFixed(1),
  x(f.compiledRatio, 3),
  x(f.interpreterRatio, 3),
  f.batchRate === undefined ? "—" : `${Math.round(f.batchRate / 1000)}k`,
  x(f.batchFloorRatio, 1),
  f.batchRssMb === undefined ? "—" : `${Math.round(f.batchRssMb)}`,
  x(s["butie --version"]),
  x(s["butie --help"]),
  x(s["butie eval (YAML profile)"]),
  f.rulesDirMs === undefined ? "—" : `${Math.round(f.rulesDirMs)}`,
  x(s["butie check"], 1),
  x(s["butie test"], 1),
];
const line = `| ${row.join(" | ")} |`;
console.log(`\nhistory row (docs/performance.md):\n${line}`);
if (process.env.BENCH_RECORD === "1") {
  const doc = "docs/performance.md";
  const MARK = "<!-- bench-history: new rows above this line -->";
  const text = readFileSync(doc, "utf8");
  if (!text.includes(MARK)) throw new Error(`bench: ${doc} has no ${MARK}`);
  writeFileSync(doc, text.replace(MARK, `${line}\n${MARK}`));
  console.log(`added to ${doc}`);
}
