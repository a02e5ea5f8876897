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
  /** Unique for the process: what a reader by position keys its positions by (holding no shape). */
  readonly id = ++shapes;
  /** The tree it belongs to: a shape of a tree left behind is not extended there. */
  private readonly tree = trees;
  private readonly next = new Map<string, Shape>();

  constructor(readonly paths: readonly string[]) {
    this.index = new Map(paths.map((p, i) => [p, i]));
  }

  /** This shape with one more path (made in the current tree when it is new). */
  with(path: string): Shape {
    const known = this.next.get(path);
    if (known) return known;
    if (made >= SHAPES) startAgain();
    if (this.tree !== trees) return [...this.paths, path].reduce((s, p) => s.with(p), root);
    made++;
    const shape = new Shape([...this.paths, path]);
    this.next.set(path, shape);
    return shape;
  }
}

let shapes = 0;
let trees = 0;
let made = 0;
let root = new Shape([]);
function startAgain(): void {
  trees++;
  made = 0;
  root = new Shape([]);
}

/**
 * A profile's known fields by dotted path: a Map in all but storage (insertion order kept; setting a path again
 * replaces its value in place). Deleting is not offered: a profile only ever gains facts. Its storage is private
 * (compared, printed and copied by its entries, as a Map is); a reader by position asks for positions and values.
 */
export class FieldValues implements ReadonlyMap<string, Value> {
  #shape: Shape = root;
  readonly #known: Value[] = [];

  get(path: string): Value | undefined {
    const i = this.#shape.index.get(path);
    return i === undefined ? undefined : this.#known[i];
  }

  has(path: string): boolean {
    return this.#shape.index.has(path);
  }

  set(path: string, value: Value): this {
    const i = this.#shape.index.get(path);
    if (i !== undefined) this.#known[i] = value;
    else {
      this.#shape = this.#shape.with(path);
      this.#known.push(value);
    }
    return this;
  }

  get size(): number {
    return this.#known.length;
  }

  /** Which paths it has, in order, as a number shared by every profile with the same (see FieldLens). */
  get shapeId(): number {
    return this.#shape.id;
  }

  /** The position of each path among its values (-1: not given): the same for every profile of its shape. */
  positionsOf(paths: readonly string[]): number[] {
    return paths.map((p) => this.#shape.index.get(p) ?? -1);
  }

  /** Its values at `positions` into `out` (undefined at -1). */
  valuesAt(positions: readonly number[], out: (Value | undefined)[]): void {
    const known = this.#known;
    for (let i = 0; i < positions.length; i++) {
      const at = positions[i] as number;
      out[i] = at < 0 ? undefined : known[at];
    }
  }

  forEach(each: (value: Value, path: string, map: ReadonlyMap<string, Value>) => void, self?: unknown): void {
    for (let i = 0; i < this.#known.length; i++)
      each.call(self, this.#known[i] as Value, this.#shape.paths[i] as string, this);
  }

  *entries(): MapIterator<[string, Value]> {
    for (let i = 0; i < this.#known.length; i++)
      yield [this.#shape.paths[i] as string, this.#known[i] as Value];
  }

  keys(): MapIterator<string> {
    return this.#shape.paths.values();
  }

  values(): MapIterator<Value> {
    return this.#known.values();
  }

  [Symbol.iterator](): MapIterator<[string, Value]> {
    return this.entries();
  }

  /** As JSON, its fields by path (a Map gives `{}`). */
  toJSON(): Record<string, Value> {
    return Object.fromEntries(this.entries());
  }
}

/** Fields given as entries (tests, an embedding system), in their order. */
export function fieldValuesOf(entries: Iterable<readonly [string, Value]>): FieldValues {
  const fields = new FieldValues();
  for (const [path, value] of entries) fields.set(path, value);
  return fields;
}
