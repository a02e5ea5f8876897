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
