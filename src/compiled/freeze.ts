import Big from "big.js";

/**
 * What is shared between profiles, frozen with the plain objects and lists it holds — not the program, nor
 * Big values (whose own methods never change them) — so that no caller can change another profile's result.
 * A shared Big is read as text or number by every profile given it: its text is made once (`rememberText`).
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
    if (typeof v !== "object" || v === null) continue;
    if (v instanceof Big) rememberText(v);
    else if (Array.isArray(v) || isPlain(v)) freeze(v);
  }
  return Object.freeze(r);
}

const isPlain = (v: object) => Object.getPrototypeOf(v) === Object.prototype;

/**
 * A shared amount's text and number, made once: big.js writes its digits again on every `toString`, `toJSON` and
 * `valueOf` (`Number(amount.value)` is one). Own methods, not enumerable: the value compares, prints and copies
 * as before, and its arithmetic is Big's own.
 */
function rememberText(b: Big): void {
  if (Object.hasOwn(b, "toString") || Object.isFrozen(b)) return;
  const text = b.toString();
  const primitive = b.valueOf();
  Object.defineProperties(b, {
    toString: { value: () => text },
    toJSON: { value: () => text },
    valueOf: { value: () => primitive },
  });
}
