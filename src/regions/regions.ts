import { readFileSync } from "node:fs";

// Same relative path from src/profile and dist/profile.
const TABLE_URL = new URL("../../rules/regions.json", import.meta.url);

let table: Record<string, string> | undefined;
let tableAsMap: Map<string, string> | undefined;
let tableBytes: Buffer | undefined;
const named = new Map<string, string | undefined>();

// The parsed object itself is the lookup table: building a Map of its ~3,000 entries cost more than the parse.
function regions(): Record<string, string> {
  table ??= JSON.parse(readFileSync(TABLE_URL, "utf8")) as Record<string, string>;
  return table;
}

const LOOKUPS_IN_BYTES = 32;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The name of a code as the parsed table has it, found in the table's bytes: a run looks up a few codes, and
 * parsing the ~3,000 entries (with their garbage) was ~3 ms of each start. Without a backslash in the table, every
 * `"` bounds a string, so `"<code>"` followed by `:` is that key (the last one, as JSON.parse keeps); anything
 * else — a code that is not six digits, a table with escapes, codes past the first few dozen (a batch) — is
 * looked up in the parsed table.
 */
function nameOf(code: string): string | undefined {
  if (!table && named.size < LOOKUPS_IN_BYTES && /^\d{6}$/.test(code)) {
    tableBytes ??= readFileSync(TABLE_URL);
    if (!tableBytes.includes(BACKSLASH)) {
      if (!named.has(code)) named.set(code, nameInBytes(tableBytes, code));
      return named.get(code);
    }
  }
  return Object.hasOwn(regions(), code) ? regions()[code] : undefined;
}

function nameInBytes(bytes: Buffer, code: string): string | undefined {
  const key = `"${code}"`;
  for (let at = bytes.lastIndexOf(key); at >= 0; at = at > 0 ? bytes.lastIndexOf(key, at - 1) : -1) {
    let i = at + key.length;
    while (isSpace(bytes[i])) i++;
    if (bytes[i] !== 0x3a) continue; // `"<code>"` as a value, not a key
    i++;
    while (isSpace(bytes[i])) i++;
    const end = bytes.indexOf(QUOTE, i + 1);
    return bytes[i] === QUOTE && end > i ? bytes.toString("utf8", i + 1, end) : undefined;
  }
  return undefined;
}

/** True when `code` is a 6-digit code present in the shipped region table. */
export function isRegionCode(code: string): boolean {
  return nameOf(code) !== undefined;
}

/** The Chinese name of a region code, or undefined when the code is unknown. */
export function regionName(code: string): string | undefined {
  return nameOf(code);
}

export { isWithin } from "./regionWithin.js";

/** Every code of the shipped region table with its Chinese name (`340104` → `蜀山区`), in table order. */
export function regionTable(): ReadonlyMap<string, string> {
  tableAsMap ??= new Map(Object.entries(regions()));
  return tableAsMap;
}
