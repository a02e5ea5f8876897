import { foldName, fullName, GROUPING, searchableName } from "../regions/placeNames.js";
import { isWithin, regionTable } from "../regions/regions.js";

export { fullName };

/** A place a person can pick: a code with its full name (合肥市蜀山区 → 340104). */
export interface Place {
  readonly code: string;
  readonly name: string;
}

let finest: Place[] | undefined;
let coarse: Place[] | undefined;
const searchable = new Map<string, string>();

/**
 * The places of the region table at the finest level: counties and districts, and the cities that have none.
 * Nobody knows their 6-digit code, and a coarser code could not decide a county's program.
 */
export function places(): readonly Place[] {
  if (!finest) split();
  return finest as Place[];
}

/**
 * Provinces and cities that have counties: what a person who does not know the county can still say. Such a
 * place decides the programs of the whole province or city, and leaves a county's program open.
 */
export function coarsePlaces(): readonly Place[] {
  if (!coarse) split();
  return coarse as Place[];
}

function split(): void {
  const table = regionTable();
  const parents = new Set<string>();
  for (const c of table.keys()) {
    if (!c.endsWith("00")) parents.add(`${c.slice(0, 4)}00`);
    if (!c.endsWith("0000")) parents.add(`${c.slice(0, 2)}0000`);
  }
  const named = [...table.keys()].filter((code) => !GROUPING.test(table.get(code) ?? ""));
  finest = named.filter((c) => !parents.has(c)).map((code) => ({ code, name: fullName(code, table) }));
  coarse = named.filter((c) => parents.has(c)).map((code) => ({ code, name: fullName(code, table) }));
}

/**
 * Places whose names contain every word of the search (spaces separate words) — the Chinese full name or the
 * pinyin / English names of its levels (`yinchuan`, `Ningxia`) — or whose code starts with it. Places inside
 * a `preferred` code come first, in the order of `preferred` (a place already answered, then the programs'
 * jurisdictions). An empty search lists only the preferred places.
 */
export function searchPlaces(
  term: string,
  preferred: readonly string[] = [],
  limit = 50,
  among: readonly Place[] = places(),
): Place[] {
  const words = term.trim().split(/\s+/).filter(Boolean).map(foldName);
  const rank = (p: Place) => {
    const i = preferred.findIndex((j) => isWithin(p.code, j));
    return i < 0 ? preferred.length : i;
  };
  const nameOf = (code: string) => {
    let name = searchable.get(code);
    if (name === undefined) {
      name = searchableName(code);
      searchable.set(code, name);
    }
    return name;
  };
  const matches = among.filter((p) =>
    words.length === 0
      ? rank(p) < preferred.length
      : words.every((w) => p.code.startsWith(w) || nameOf(p.code).includes(w)),
  );
  return matches
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.p);
}
