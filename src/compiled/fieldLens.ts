import type { Value } from "../expr/values.js";
import { FieldValues } from "../profile/fieldValues.js";

/** The shapes a lens keeps the positions of before it starts again (a roster has a few). */
const SHAPES = 1_000;

/**
 * The values of a fixed list of paths, read from profile after profile by position: the positions are found
 * once per shape of profile, not by a lookup per path per profile (a program's generated conditions read all
 * theirs at once). A profile's fields given as another ReadonlyMap (an embedding system's) are read path by path.
 */
export class FieldLens {
  /** The values of the last profile read, by the index of their path (overwritten by the next read). */
  private readonly out: (Value | undefined)[];
  private lastShape = 0;
  private positions: readonly number[] = [];
  private byShape = new Map<number, readonly number[]>();

  constructor(private readonly paths: readonly string[]) {
    this.out = paths.map(() => undefined);
  }

  read(fields: ReadonlyMap<string, Value>): readonly (Value | undefined)[] {
    const out = this.out;
    if (!(fields instanceof FieldValues)) {
      for (let i = 0; i < out.length; i++) out[i] = fields.get(this.paths[i] as string);
      return out;
    }
    const shape = fields.shapeId;
    if (shape !== this.lastShape) {
      this.lastShape = shape;
      this.positions = this.byShape.get(shape) ?? this.remember(shape, fields.positionsOf(this.paths));
    }
    fields.valuesAt(this.positions, out);
    return out;
  }

  private remember(shape: number, positions: readonly number[]): readonly number[] {
    if (this.byShape.size >= SHAPES) this.byShape = new Map();
    this.byShape.set(shape, positions);
    return positions;
  }
}
