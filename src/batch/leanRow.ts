import type { FactDates } from "../profile/fact.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { FieldValues } from "../profile/fieldValues.js";
import type { Profile } from "../profile/profile.js";
import { cellRaw } from "./cellValue.js";
import type { Column } from "./columns.js";
import { type FieldReader, readersOf, readInto, related } from "./leanProfile.js";

/** A table's bound columns with their fields' readers: made once per header row, not per row. */
type RowReader = readonly { readonly at: number; readonly field: FieldReader }[];

const compiled = new WeakMap<readonly Column[], RowReader>();

function rowReaderOf(columns: readonly Column[], catalogue: FieldCatalogue): RowReader {
  let reader = compiled.get(columns);
  if (reader) return reader;
  const readers = readersOf(catalogue);
  const bound: { at: number; field: FieldReader }[] = [];
  for (const column of columns) {
    if (!column.field) continue;
    const [section = "", name = ""] = column.field.split(".");
    const field = readers.get(section)?.get(name);
    if (field) bound.push({ at: column.index - 1, field });
  }
  reader = bound;
  compiled.set(columns, reader);
  return reader;
}

/**
 * A spreadsheet row's profile read straight from its cells (no document per row), when every filled cell reads
 * without a problem or a note; else undefined, and the caller runs the full validation. The same
 * readers and the same rules as `leanProfile` on the row's document: a section is there once any of its cells
 * is filled, a list of records always takes the full path.
 */
export function leanRow(
  cells: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
  dates: FactDates = {},
): Profile | undefined {
  const fields = new FieldValues();
  const sections = new Set<string>();
  for (const { at, field } of rowReaderOf(columns, catalogue)) {
    const raw = cellRaw(cells[at]);
    if (raw === undefined) continue;
    if (field.read === undefined) return undefined;
    sections.add(field.section);
    if (!readInto(fields, field, raw, dates)) return undefined;
  }
  return related(fields, sections, catalogue, dates);
}
