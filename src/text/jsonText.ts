// Strict JSON read with where each value and key stands, without the YAML parser: a JSON profile is read this way
// on the CLI's start path (src/cli/plainProfile.ts). It reads only plain documents; anything YamlSource would
// report or change (a duplicate key, a control character, a number that is not finite, a nesting past the
// limit) makes it answer undefined, and the caller reads the text with YamlSource instead.

type Path = readonly (string | number)[];

/** Where a value stands: its first character, its key's (in a mapping), and a number or literal as written. */
export interface Spot {
  readonly at: number;
  readonly keyAt?: number;
  readonly written?: string;
}

export interface JsonText {
  readonly data: unknown;
  /** Offset of the value at `path`, or of the nearest ancestor that exists (as YamlSource.offsetOf). */
  offsetOf(path: Path): number;
  /** Offset of the key `key` in the mapping at `path`, else of that mapping (as YamlSource.offsetOfKey). */
  offsetOfKey(path: Path, key: string): number;
  /** A number or literal as written (`0.10`), a string's value (as YamlSource.sourceText). */
  sourceText(path: Path): string | undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
// What YamlSource shows as visible text (src/text/guard.ts CONTROL) or treats as a line break.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const WHITESPACE = /[ \t\n\r]*/y;
/** The key of a path in a document's spots. */
export const spotKey = (path: Path) => path.map(String).join("\u0000");

/** A document read with the spots of its values: where each path and key stands, and what was written there. */
export function positioned(data: unknown, spots: ReadonlyMap<string, Spot>): JsonText {
  const offsetOf = (path: Path) => {
    for (let n = path.length; n >= 0; n--) {
      const s = spots.get(spotKey(path.slice(0, n)));
      if (s) return s.at;
    }
    return 0;
  };
  return {
    data,
    offsetOf,
    offsetOfKey: (path, k) => spots.get(spotKey([...path, k]))?.keyAt ?? offsetOf(path),
    sourceText: (path) => spots.get(spotKey(path))?.written,
  };
}

class Reader {
  readonly spots = new Map<string, Spot>();
  i = 0;

  constructor(
    readonly text: string,
    readonly maxDepth: number,
  ) {}

  skip(): void {
    WHITESPACE.lastIndex = this.i;
    WHITESPACE.test(this.text);
    this.i = WHITESPACE.lastIndex;
  }

  token(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.i = re.lastIndex;
    return m[0];
  }

  string(): string | undefined {
    const t = this.token(STRING);
    if (t === undefined) return undefined;
    const s = t.includes("\\") ? (JSON.parse(t) as string) : t.slice(1, -1);
    return CONTROL_OR_BREAK.test(s) ? undefined : s;
  }

  /** The value at `this.i` (after whitespace), recorded under `path`; undefined when not plain JSON. */
  value(path: (string | number)[], keyAt?: number): { v: unknown } | undefined {
    this.skip();
    const at = this.i;
    const c = this.text[at];
    const spot = (written?: string) =>
      this.spots.set(spotKey(path), {
        at,
        ...(keyAt === undefined ? {} : { keyAt }),
        ...(written === undefined ? {} : { written }),
      });
    if (c === "{" || c === "[") {
      if (path.length >= this.maxDepth) return undefined;
      spot();
      this.i++;
      return c === "{" ? this.mapping(path) : this.sequence(path);
    }
    if (c === '"') {
      const s = this.string();
      if (s === undefined) return undefined;
      spot(s);
      return { v: s };
    }
    for (const [word, v] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const)
      if (this.text.startsWith(word, at)) {
        this.i += word.length;
        spot(word);
        return { v };
      }
    const n = this.token(NUMBER);
    if (n === undefined || !Number.isFinite(Number(n))) return undefined;
    spot(n);
    return { v: Number(n) };
  }

  mapping(path: (string | number)[]): { v: unknown } | undefined {
    const out: Record<string, unknown> = {};
    this.skip();
    if (this.text[this.i] === "}") {
      this.i++;
      return { v: out };
    }
    for (;;) {
      this.skip();
      const keyAt = this.i;
      const k = this.string();
      if (k === undefined || Object.hasOwn(out, k) || k === "__proto__") return undefined;
      this.skip();
      if (this.text[this.i++] !== ":") return undefined;
      const got = this.value([...path, k], keyAt);
      if (!got) return undefined;
      out[k] = got.v;
      this.skip();
      const next = this.text[this.i++];
      if (next === "}") return { v: out };
      if (next !== ",") return undefined;
    }
  }

  sequence(path: (string | number)[]): { v: unknown } | undefined {
    const out: unknown[] = [];
    this.skip();
    if (this.text[this.i] === "]") {
      this.i++;
      return { v: out };
    }
    for (;;) {
      const got = this.value([...path, out.length]);
      if (!got) return undefined;
      out.push(got.v);
      this.skip();
      const next = this.text[this.i++];
      if (next === "]") return { v: out };
      if (next !== ",") return undefined;
    }
  }
}

/** `text` (without a byte-order mark) read as strict, plain JSON; undefined when it is anything else. */
export function jsonText(text: string, maxDepth: number): JsonText | undefined {
  const r = new Reader(text, maxDepth);
  const got = r.value([]);
  r.skip();
  if (!got || r.i !== text.length) return undefined;
  return positioned(got.v, r.spots);
}
