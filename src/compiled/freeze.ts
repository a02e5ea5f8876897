/**
 * What is shared between profiles, frozen with the plain objects and lists it holds — not the program, nor
 * Big values (whose own methods never change them) — so that no caller can change another profile's result.
 */
export function freeze<T extends object | null>(r: T): T {
  if (r === null || Object.isFrozen(r)) return r;
  // Data properties only: a text worded when read (a getter per language) is not read to be frozen. One
  // descriptor at a time: the object of all of them and its entries cost 5× the walk.
  const keys = Object.getOwnPropertyNames(r);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (k === "program") continue;
    const v: unknown = Object.getOwnPropertyDescriptor(r, k)?.value;
    if (typeof v === "object" && v !== null && (Array.isArray(v) || isPlain(v))) freeze(v);
  }
  return Object.freeze(r);
}

const isPlain = (v: object) => Object.getPrototypeOf(v) === Object.prototype;
