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

function significantPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** True when `code` equals `jurisdiction` or lies inside it (province/city/county prefix match). */
export function isWithin(code: string, jurisdiction: string): boolean {
  if (code.length !== 6 || jurisdiction.length !== 6) return false;
  // A coarser code never matches: 420000 lacks the "4201" prefix of 420100.
  return code.startsWith(significantPrefix(jurisdiction));
}
