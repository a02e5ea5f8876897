import type { Value } from "../expr/values.js";

/** Shapes made before the tree starts again: each is a few paths; hostile key orders cannot grow it for ever. */
const SHAPES = 10_000;

/**
 * The paths of a profile's fields in the order they were given, shared by every profile that gives the same
 * paths in that order (as V8 shares an object's hidden class): a profile then holds only its values, in a
 * compact array, instead of a hash table of its own — evaluating many profiles touches half the memory.
 */
export class Shape {
  readonly index: ReadonlyMap<string, number>;
  private readonly next = new Map<string, Shape>();

  constructor(
    readonly paths: readonly string[],
    private readonly tree: { made: number },
  ) {
    this.index = new Map(paths.map((p, i) => [p, i]));
  }

  /** This shape with one more path. */
  with(path: string): Shape {
    let shape = this.next.get(path);
    if (!shape) {
      if (++this.tree.made > SHAPES) return [...this.paths, path].reduce((s, p) => s.with(p), newTree());
      shape = new Shape([...this.paths, path], this.tree);
      this.next.set(path, shape);
    }
    return shape;
  }
}

let root = new Shape([], { made: 0 });
function newTree(): Shape {
  root = new Shape([], { made: 0 });
  return root;
}

/**
 * A profile's known fields by dotted path: a Map in all but storage (insertion order kept; setting a path again
 * replaces its value in place). Deleting is not offered: a profile only ever gains facts.
 */
export class FieldValues implements ReadonlyMap<string, Value> {
  /** Its paths (read by position through a FieldLens). */
  shape: Shape = root;
  /** Its values, in the order of its shape's paths. */
  readonly known: Value[] = [];

  get(path: string): Value | undefined {
    const i = this.shape.index.get(path);
    return i === undefined ? undefined : this.known[i];
  }

  has(path: string): boolean {
    return this.shape.index.has(path);
  }

  set(path: string, value: Value): this {
    const i = this.shape.index.get(path);
    if (i !== undefined) this.known[i] = value;
    else {
      this.shape = this.shape.with(path);
      this.known.push(value);
    }
    return this;
  }

  get size(): number {
    return this.known.length;
  }

  forEach(each: (value: Value, path: string, map: ReadonlyMap<string, Value>) => void, self?: unknown): void {
    for (let i = 0; i < this.known.length; i++)
      each.call(self, this.known[i] as Value, this.shape.paths[i] as string, this);
  }

  *entries(): MapIterator<[string, Value]> {
    for (let i = 0; i < this.known.length; i++) yield [this.shape.paths[i] as string, this.known[i] as Value];
  }

  keys(): MapIterator<string> {
    return this.shape.paths.values();
  }

  values(): MapIterator<Value> {
    return this.known.values();
  }

  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }
}

/** The shapes a lens keeps the positions of before it starts again (a roster has a few). */
const LENS_SHAPES = 1_000;

/**
 * The values of a fixed list of paths, read from profile after profile by position: the positions are found
 * once per shape, not by a lookup per path per profile (a program's generated conditions read all theirs at once).
 */
export class FieldLens {
  /** The values of the last profile read, by the index of their path (overwritten by the next read). */
  private readonly out: (Value | undefined)[];
  private last?: Shape;
  private slots: readonly number[] = [];
  private positions = new Map<Shape, readonly number[]>();

  constructor(private readonly paths: readonly string[]) {
    this.out = paths.map(() => undefined);
  }

  read(fields: ReadonlyMap<string, Value>): readonly (Value | undefined)[] {
    const out = this.out;
    if (!(fields instanceof FieldValues)) {
      for (let i = 0; i < out.length; i++) out[i] = fields.get(this.paths[i] as string);
      return out;
    }
    if (fields.shape !== this.last) {
      this.last = fields.shape;
      this.slots = this.slotsOf(fields.shape);
    }
    const { slots } = this;
    const known = fields.known;
    for (let i = 0; i < slots.length; i++) {
      const at = slots[i] as number;
      out[i] = at < 0 ? undefined : known[at];
    }
    return out;
  }

  private slotsOf(shape: Shape): readonly number[] {
    let slots = this.positions.get(shape);
    if (!slots) {
      if (this.positions.size >= LENS_SHAPES) this.positions = new Map();
      slots = this.paths.map((p) => shape.index.get(p) ?? -1);
      this.positions.set(shape, slots);
    }
    return slots;
  }
}

/** Fields given as a record (tests, an embedding system), in its key order. */
export function fieldValuesOf(entries: Iterable<readonly [string, Value]>): FieldValues {
  const fields = new FieldValues();
  for (const [path, value] of entries) fields.set(path, value);
  return fields;
}

const SECTION_SETS = 1_000;
let sectionSets = new Map<string, ReadonlySet<string>>();

/** The same set of section names, shared by the profiles that give it (a handful of combinations per run). */
export function sharedSections(sections: ReadonlySet<string>): ReadonlySet<string> {
  const key = [...sections].join("\n");
  let shared = sectionSets.get(key);
  if (!shared) {
    if (sectionSets.size >= SECTION_SETS) sectionSets = new Map();
    shared = sections;
    sectionSets.set(key, shared);
  }
  return shared;
}
