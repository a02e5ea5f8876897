import type { Value } from "../expr/values.js";
import { deriveFromIdNumber } from "../profile/deriveFromIdNumber.js";
import type { Fact, FactDates, FactReader } from "../profile/fact.js";
import type { FieldCatalogue } from "../profile/fields.js";
import type { Profile } from "../profile/profile.js";
import { readerOf } from "../profile/readFact.js";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A field's path (made once, not per row) and its reader; `read` undefined for a list of records, which takes
 * the full path.
 */
export interface FieldReader {
  readonly path: string;
  readonly section: string;
  readonly read: FactReader | undefined;
}

/** Each section's fields with their readers. */
type Readers = Map<string, Map<string, FieldReader>>;

const compiled = new WeakMap<FieldCatalogue, Readers>();

/** Distinct values remembered per field before its memo starts again. */
const LIMIT = 2_000;

/**
 * A field's reader, remembered per written value: a reader is pure in the value and the dates, a batch repeats
 * most values (regions, flags, dates), and a fact shares its value safely (the engine never mutates values).
 * Only strings, numbers and booleans are keys: each of them is its own key and equal ones read the same. A
 * field whose values seldom repeat (case numbers, ID numbers: fewer hits than values when its memo fills) is
 * read directly from then on: its memo only churned the young generation.
 */
function remembered(read: FactReader): FactReader {
  let memo = new Map<unknown, Fact>();
  let hits = 0;
  let off = false;
  let today: string | undefined;
  let asOf: string | undefined;
  return (raw, written, dates) => {
    if (off || written !== undefined || (typeof raw === "object" && raw !== null))
      return read(raw, written, dates);
    if (dates?.today !== today || dates?.asOf !== asOf) {
      today = dates?.today;
      asOf = dates?.asOf;
      memo = new Map();
      hits = 0;
    }
    let fact = memo.get(raw);
    if (fact) {
      hits++;
      return fact;
    }
    if (memo.size >= LIMIT) {
      off = hits < memo.size;
      memo = new Map();
      hits = 0;
    }
    fact = read(raw, written, dates);
    if (!off) memo.set(raw, fact);
    return fact;
  };
}

/**
 * The profile of an already parsed NDJSON object or spreadsheet row when every key is known and every value
 * reads without a problem, a note or a warning; else undefined, and the caller runs the full validation
 * (`profileFromData`), which alone locates and words the problems. It reads each value with the same reader
 * as every other channel (`readerOf`), so the values are those of `eval` by construction; what it saves is
 * the full path's bookkeeping, built once per catalogue instead of once per row.
 */
export function leanProfile(
  data: unknown,
  catalogue: FieldCatalogue,
  dates: FactDates = {},
): Profile | undefined {
  if (!isPlainObject(data)) return undefined;
  const readers = readersOf(catalogue);
  const fields = new Map<string, Value>();
  const sections = new Set<string>();
  for (const sectionName of Object.keys(data)) {
    const section = readers.get(sectionName);
    if (!section) return undefined;
    const body = data[sectionName];
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) return undefined;
    sections.add(sectionName);
    for (const name of Object.keys(body)) {
      const raw = body[name];
      const field = section.get(name);
      if (field?.read === undefined) return undefined;
      if (raw === null || raw === undefined) continue;
      if (!readInto(fields, field, raw, dates)) return undefined;
    }
  }
  return withIdNumber(fields, sections);
}

/**
 * Read one value into `fields` the lean way: false when it needs the full path (a problem, a note echoed back,
 * a warning).
 */
export function readInto(
  fields: Map<string, Value>,
  field: FieldReader,
  raw: unknown,
  dates: FactDates,
): boolean {
  const fact = (field.read as FactReader)(raw, undefined, dates);
  if (!fact.ok || fact.note !== undefined || fact.warning !== undefined) return false;
  if (fact.value !== undefined) fields.set(field.path, fact.value);
  return true;
}

/** The profile with what an ID number gives; undefined when it contradicts a given birth date or sex. */
export function withIdNumber(fields: Map<string, Value>, sections: Set<string>): Profile | undefined {
  return deriveFromIdNumber(fields).length ? undefined : { fields, sections };
}

export function readersOf(catalogue: FieldCatalogue): Readers {
  let readers = compiled.get(catalogue);
  if (readers) return readers;
  readers = new Map();
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    const fields = new Map<string, FieldReader>();
    for (const [name, def] of Object.entries(section.fields))
      fields.set(name, {
        path: `${sectionName}.${name}`,
        section: sectionName,
        read: def.type === "records" ? undefined : remembered(readerOf(def)),
      });
    readers.set(sectionName, fields);
  }
  compiled.set(catalogue, readers);
  return readers;
}
