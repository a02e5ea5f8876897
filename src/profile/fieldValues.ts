import type { Value } from "../expr/values.js";

/** Shapes made before the tree starts again: each is a few paths; hostile key orders cannot grow it for ever. */
const SHAPES = 10_000;

/**
 * The paths of a profile's fields in the order they were given, shared by every profile that gives the same
 * paths in that order (as V8 shares an object's hidden class): a profile then holds only its values, in a
 * compact array, instead of a hash table of its own — evaluating many profiles touches half the memory.
 */
class Shape {
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
  private shape = root;
  private readonly known: Value[] = [];

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
