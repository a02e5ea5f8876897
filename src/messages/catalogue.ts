import type { Inner } from "./general/params.js";
import type { Params } from "./params.js";

export type Lang = "zh" | "en";

export type Code = keyof Params;

/**
 * One entry: a word said as is, or a function of the message's parameters; `inner` words a message that is a
 * parameter, in the same language.
 */
export type Entry<P> = [P] extends [undefined] ? string : (p: P, inner: (m: Inner) => string) => string;

/** A whole catalogue: one entry per code. */
export type Catalogue = { readonly [K in Code]: Entry<Params[K]> };

/**
 * A language's catalogue from its parts: `own`'s entries, else `check`'s, else `words`', else `report`'s, else
 * `general`'s (as spreading them in the other order would give). The parts are linked as prototypes, not copied:
 * copying ~470 entries into one object was ~2 ms of every start that words anything. `own` holds the codes no
 * part has.
 */
export function linkedCatalogue<G extends object, R extends object, W extends object, C extends object>(
  [general, report, words, check]: readonly [G, R, W, C],
  own: Omit<Catalogue, keyof G | keyof R | keyof W | keyof C>,
): Catalogue {
  Object.setPrototypeOf(report, general);
  Object.setPrototypeOf(words, report);
  Object.setPrototypeOf(check, words);
  return Object.setPrototypeOf(own, check) as Catalogue;
}
