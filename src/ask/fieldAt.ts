import type { FieldCatalogue, FieldDef, ScalarFieldDef } from "../profile/fields.js";
import { splitPath } from "./answers.js";

/** A question's field: its catalogue entry, and for a record's sub-field the list it belongs to. */
export interface FieldAt {
  readonly path: string;
  readonly section: string;
  readonly def: FieldDef | ScalarFieldDef;
  /** Set for `employer.hires[1].contractMonths`: the list field's entry and the record's index. */
  readonly record?: { readonly list: FieldDef; readonly index: number };
}

/** The catalogue entry of a dotted path (`person.birthDate`, `employer.hires[0].contractMonths`), if declared. */
export function fieldAt(catalogue: FieldCatalogue, path: string): FieldAt | undefined {
  const { section, field, index, sub } = splitPath(path);
  const list = catalogue.fields.get(`${section}.${field}`);
  if (!list) return undefined;
  if (index === undefined || sub === undefined) return { path, section, def: list };
  if (list.type !== "records") return undefined;
  const def = list.fields[sub];
  return def && { path, section, def, record: { list, index } };
}

/** Position of a path's field in the catalogue: the author's order, used as the last tie-break. */
export function catalogueOrder(catalogue: FieldCatalogue, path: string): number {
  const { section, field } = splitPath(path);
  const i = [...catalogue.fields.keys()].indexOf(`${section}.${field}`);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}
