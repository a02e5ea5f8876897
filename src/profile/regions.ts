import { readFileSync } from "node:fs";

// Same relative path from src/profile and dist/profile.
const TABLE_URL = new URL("../../rules/regions.json", import.meta.url);

let table: Map<string, string> | undefined;

function regions(): Map<string, string> {
  if (table === undefined) {
    const raw = JSON.parse(readFileSync(TABLE_URL, "utf8")) as Record<string, string>;
    table = new Map(Object.entries(raw));
  }
  return table;
}

/** True when `code` is a 6-digit code present in the shipped region table. */
export function isRegionCode(code: string): boolean {
  return regions().has(code);
}

/** The Chinese name of a region code, or undefined when the code is unknown. */
export function regionName(code: string): string | undefined {
  return regions().get(code);
}

export { isWithin } from "./regionWithin.js";

/** Every code of the shipped region table with its Chinese name (`340104` → `蜀山区`), in table order. */
export function regionTable(): ReadonlyMap<string, string> {
  return regions();
}
