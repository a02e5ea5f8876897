import type { RecordValue, Value } from "../expr/values.js";
import type { Fact, FactDates, FactReader } from "../profile/fact.js";
import { relatedFacts } from "../profile/factRelations.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { FieldValues } from "../profile/fieldValues.js";
import { MAX_RECORDS } from "../profile/loadProfile.js";
import type { Profile } from "../profile/profile.js";
import { readerOf } from "../profile/readFact.js";

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A field's path (made once, not per row) and its reader; for a list of records (`read` undefined) the reader of
 * each field of a record.
 */
export interface FieldReader {
  readonly path: string;
  readonly section: string;
  readonly read: FactReader | undefined;
  readonly items?: ReadonlyMap<string, FactReader>;
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
 * reads without a problem or a note; else undefined, and the caller runs the full validation
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
  const fields = new FieldValues();
  const sections = new Set<string>();
  // for…in, not Object.keys: no array per object; JSON.parse gives plain objects with no inherited keys.
  for (const sectionName in data) {
    const section = readers.get(sectionName);
    if (!section) return undefined;
    const body = data[sectionName];
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) return undefined;
    sections.add(sectionName);
    for (const name in body) {
      const raw = body[name];
      const field = section.get(name);
      if (field === undefined) return undefined;
      if (raw === null || raw === undefined) continue;
      if (!(field.read ? readInto(fields, field, raw, dates) : readRecords(fields, field, raw, dates)))
        return undefined;
    }
  }
  return related(fields, sections, catalogue, dates);
}

/**
 * Read one value into `fields` the lean way: false when it needs the full path (a problem, a note echoed back).
 */
export function readInto(fields: FieldValues, field: FieldReader, raw: unknown, dates: FactDates): boolean {
  const fact = (field.read as FactReader)(raw, undefined, dates);
  if (!fact.ok || fact.note !== undefined) return false;
  if (fact.value !== undefined) fields.set(field.path, fact.value);
  return true;
}

/**
 * A list of records (an employer's hires) read the lean way, each value by its field's reader as the full path
 * reads it: false when it needs the full path (not a list of plain records, too long, an unknown key, a value
 * with a problem or a note).
 */
function readRecords(fields: FieldValues, field: FieldReader, raw: unknown, dates: FactDates): boolean {
  if (!field.items || !Array.isArray(raw) || raw.length > MAX_RECORDS) return false;
  const list: RecordValue[] = [];
  for (const item of raw) {
    if (!isPlainObject(item)) return false;
    const record: Record<string, Value> = {};
    for (const name of Object.keys(item)) {
      const read = field.items.get(name);
      if (read === undefined) return false;
      const value = item[name];
      if (value === null || value === undefined) continue;
      const fact = read(value, undefined, dates);
      if (!fact.ok || fact.note !== undefined) return false;
      if (fact.value !== undefined) record[name] = fact.value;
    }
    list.push(record);
  }
  fields.set(field.path, list);
  return true;
}

/**
 * The profile with what an ID number gives; undefined when facts contradict each other (`factRelations`: the ID
 * number and the birth date, insured before birth …), for the full path to say so.
 */
export function related(
  fields: FieldValues,
  sections: Set<string>,
  catalogue: FieldCatalogue,
  dates: FactDates,
): Profile | undefined {
  const { problems, derived } = relatedFacts(fields, catalogue, dates.asOf);
  return problems.length ? undefined : { fields, sections, ...(derived ? { derived } : {}) };
}

export function readersOf(catalogue: FieldCatalogue): Readers {
  let readers = compiled.get(catalogue);
  if (readers) return readers;
  readers = new Map();
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    const fields = new Map<string, FieldReader>();
    for (const [name, def] of Object.entries(section.fields)) {
      const path = `${sectionName}.${name}`;
      fields.set(
        name,
        def.type === "records"
          ? {
              path,
              section: sectionName,
              read: undefined,
              items: new Map(Object.entries(def.fields).map(([k, sub]) => [k, remembered(readerOf(sub))])),
            }
          : { path, section: sectionName, read: remembered(readerOf(def)) },
      );
    }
    readers.set(sectionName, fields);
  }
  compiled.set(catalogue, readers);
  return readers;
}
