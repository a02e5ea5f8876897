import { readFileSync } from "node:fs";

// Same relative path from src/profile and dist/profile.
const TABLE_URL = new URL("../../rules/regions.json", import.meta.url);

let table: Record<string, string> | undefined;
let tableAsMap: Map<string, string> | undefined;

// The parsed object itself is the lookup table: building a Map of its ~3,000 entries cost more than the parse.
function regions(): Record<string, string> {
  table ??= JSON.parse(readFileSync(TABLE_URL, "utf8")) as Record<string, string>;
  return table;
}

/** True when `code` is a 6-digit code present in the shipped region table. */
export function isRegionCode(code: string): boolean {
  return Object.hasOwn(regions(), code);
}

/** The Chinese name of a region code, or undefined when the code is unknown. */
export function regionName(code: string): string | undefined {
  return Object.hasOwn(regions(), code) ? regions()[code] : undefined;
}

export { isWithin } from "./regionWithin.js";

/** Every code of the shipped region table with its Chinese name (`340104` → `蜀山区`), in table order. */
export function regionTable(): ReadonlyMap<string, string> {
  tableAsMap ??= new Map(Object.entries(regions()));
  return tableAsMap;
}
