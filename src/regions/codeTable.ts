import { readFileSync } from "node:fs";

/** A JSON object of region codes → names (`rules/regions.json`, `rules/regions.en.json`), looked up one code at a time. */
export interface CodeTable {
  /** The name of `code` as the parsed table has it, or undefined. */
  readonly nameOf: (code: string) => string | undefined;
  /** The whole table, parsed once (the object itself is the lookup: a Map of its ~3,000 entries cost more). */
  readonly parsed: () => Record<string, string>;
}

const LOOKUPS_IN_BYTES = 32;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The table in the JSON file at `url`, whose names are found in the file's bytes: a run looks up a few codes (the
 * profile's regions, a county's city and province for the plain view), and parsing the ~3,000 entries (with their
 * garbage) was ~3 ms of a start for each table. Without a backslash in the file, every `"` bounds a string, so
 * `"<code>"` followed by `:` is that key (the last one, as JSON.parse keeps); anything else — a code that is not
 * six digits, a file with escapes, codes past the first few dozen (a batch) — is looked up in the parsed table.
 */
export function codeTable(url: URL): CodeTable {
  let table: Record<string, string> | undefined;
  let bytes: Buffer | undefined;
  const named = new Map<string, string | undefined>();
  const parsed = () => {
    table ??= JSON.parse(readFileSync(url, "utf8")) as Record<string, string>;
    return table;
  };
  const nameOf = (code: string) => {
    if (!table && named.size < LOOKUPS_IN_BYTES && /^\d{6}$/.test(code)) {
      bytes ??= readFileSync(url);
      if (!bytes.includes(BACKSLASH)) {
        if (!named.has(code)) named.set(code, nameInBytes(bytes, code));
        return named.get(code);
      }
    }
    return Object.hasOwn(parsed(), code) ? parsed()[code] : undefined;
  };
  return { nameOf, parsed };
}

function nameInBytes(bytes: Buffer, code: string): string | undefined {
  const key = `"${code}"`;
  for (let at = bytes.lastIndexOf(key); at >= 0; at = at > 0 ? bytes.lastIndexOf(key, at - 1) : -1) {
    let i = at + key.length;
    while (isSpace(bytes[i])) i++;
    if (bytes[i] !== COLON) continue; // `"<code>"` as a value, not a key
    i++;
    while (isSpace(bytes[i])) i++;
    const end = bytes.indexOf(QUOTE, i + 1);
    return bytes[i] === QUOTE && end > i ? bytes.toString("utf8", i + 1, end) : undefined;
  }
  return undefined;
}
