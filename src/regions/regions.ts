import { codeTable } from "./codeTable.js";

// Same relative path from src/regions, dist/regions and dist/bin.
const TABLE = codeTable(new URL("../../rules/regions.json", import.meta.url));

let tableAsMap: Map<string, string> | undefined;

/** True when `code` is a 6-digit code present in the shipped region table. */
export function isRegionCode(code: string): boolean {
  return TABLE.nameOf(code) !== undefined;
}

/** The Chinese name of a region code, or undefined when the code is unknown. */
export function regionName(code: string): string | undefined {
  return TABLE.nameOf(code);
}

export { isWithin } from "./regionWithin.js";

/** The region table's names by code, as far as looking one code up: what naming a few places needs. */
export type RegionNames = Pick<ReadonlyMap<string, string>, "has" | "get">;

/** The shipped region table for a few lookups, without reading the whole table (see `codeTable`). */
export const regionNames: RegionNames = {
  has: (code) => TABLE.nameOf(code) !== undefined,
  get: (code) => TABLE.nameOf(code),
};

/** Every code of the shipped region table with its Chinese name (`340104` → `蜀山区`), in table order. */
export function regionTable(): ReadonlyMap<string, string> {
  tableAsMap ??= new Map(Object.entries(TABLE.parsed()));
  return tableAsMap;
}
