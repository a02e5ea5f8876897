/**
 * What is shared between profiles, frozen with the plain objects and lists it holds — not the program, nor
 * Big values (whose own methods never change them) — so that no caller can change another profile's result.
 */
export function freeze<T extends object | null>(r: T): T {
  if (r === null || Object.isFrozen(r)) return r;
  // Data properties only: a text worded when read (a getter per language) is not read to be frozen.
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(r))) {
    const v: unknown = d.value;
    if (k !== "program" && typeof v === "object" && v !== null && (Array.isArray(v) || isPlain(v))) freeze(v);
  }
  return Object.freeze(r);
}

const isPlain = (v: object) => Object.getPrototypeOf(v) === Object.prototype;
