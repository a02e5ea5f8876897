import { isWithin, regionTable } from "../regions/regions.js";

/** A place a person can pick: a county-level code with its full name (合肥市蜀山区 → 340104). */
export interface Place {
  readonly code: string;
  readonly name: string;
}

/** Names that stand for a grouping, not a place (a municipality's "市辖区", "省直辖县级行政区划"). */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let cached: Place[] | undefined;

/**
 * The places of the region table at the finest level: counties and districts, and the cities that have none.
 * Nobody knows their 6-digit code, and a coarser code could not decide a county's program.
 */
export function places(): readonly Place[] {
  if (cached) return cached;
  const table = regionTable();
  const codes = [...table.keys()];
  // A city (xxxx00) has children when some county shares its 4 digits; a province (xx0000), its 2.
  const parents = new Set<string>();
  for (const c of codes) {
    if (!c.endsWith("00")) parents.add(`${c.slice(0, 4)}00`);
    if (!c.endsWith("0000")) parents.add(`${c.slice(0, 2)}0000`);
  }
  const hasChildren = (code: string) => parents.has(code);
  cached = codes
    .filter((code) => !GROUPING.test(table.get(code) ?? "") && !hasChildren(code))
    .map((code) => ({ code, name: fullName(code, table) }));
  return cached;
}

/** 安徽省合肥市蜀山区: the province, the city unless it is a grouping, and the county. */
export function fullName(code: string, table: ReadonlyMap<string, string> = regionTable()): string {
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  const parts = [province, city, code].filter((c, i, all) => all.indexOf(c) === i);
  return parts
    .map((c) => table.get(c))
    .filter((n): n is string => n !== undefined && !GROUPING.test(n))
    .join("");
}

/**
 * Places whose full name contains every word of the search (spaces separate words), or whose code starts
 * with it. Places inside a `preferred` code come first, in the order of `preferred` (a place already
 * answered, then the programs' jurisdictions). An empty search lists only the preferred places.
 */
export function searchPlaces(term: string, preferred: readonly string[] = [], limit = 50): Place[] {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const rank = (p: Place) => {
    const i = preferred.findIndex((j) => isWithin(p.code, j));
    return i < 0 ? preferred.length : i;
  };
  const matches = places().filter((p) =>
    words.length === 0
      ? rank(p) < preferred.length
      : words.every((w) => p.name.includes(w) || p.code.startsWith(w)),
  );
  return matches
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}
