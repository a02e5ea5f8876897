import Big from "big.js";
import { parseIsoDate, type Value } from "../expr/values.js";
import type { FieldCatalogue, ScalarFieldDef } from "../profile/fields.js";
import type { Profile } from "../profile/profile.js";
import { isRegionCode } from "../regions/regions.js";

/** A field's check: its value, or SKIP when the value is not one the lean path takes. */
type FieldCheck = (raw: unknown, today?: string) => Value | typeof SKIP;
const SKIP = Symbol("skip");

const ID_SHAPE = /\d{17}[\dXx]/;
const REGION_SHAPE = /^\d{6}$/;
/** Years 1900–2199, the range the full path accepts (DATE_YEARS in src/profile/loadProfile.ts). */
const LEAN_DATE = /^(19|20|21)\d\d-\d\d-\d\d$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const compiled = new WeakMap<FieldCatalogue, Map<string, Map<string, FieldCheck>>>();

/**
 * The profile of an already parsed NDJSON object when every key is known and every value valid, else
 * undefined: the caller then runs the full validation (`profileFromData`), which alone words the errors.
 * It gives the same profile as the full path — same values, same field and section order — but with the
 * per-field checks built once per catalogue. Values the full path derives or reads in several steps (ID
 * numbers, lists of records) always take the full path.
 */
export function leanProfile(data: unknown, catalogue: FieldCatalogue, today?: string): Profile | undefined {
  if (!isPlainObject(data)) return undefined;
  const checks = checksOf(catalogue);
  const fields = new Map<string, Value>();
  const sections = new Set<string>();
  for (const sectionName of Object.keys(data)) {
    const section = checks.get(sectionName);
    if (!section) return undefined;
    const body = data[sectionName];
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) return undefined;
    sections.add(sectionName);
    for (const name of Object.keys(body)) {
      const check = section.get(name);
      if (!check) return undefined;
      const raw = body[name];
      if (raw === null || raw === undefined) continue;
      const value = check(raw, today);
      if (value === SKIP) return undefined;
      fields.set(`${sectionName}.${name}`, value);
    }
  }
  return { fields, sections };
}

function checksOf(catalogue: FieldCatalogue): Map<string, Map<string, FieldCheck>> {
  let checks = compiled.get(catalogue);
  if (checks) return checks;
  checks = new Map();
  for (const [sectionName, section] of Object.entries(catalogue.sections)) {
    const fields = new Map<string, FieldCheck>();
    for (const [name, def] of Object.entries(section.fields))
      fields.set(name, def.type === "records" ? () => SKIP : scalarCheck(def));
    checks.set(sectionName, fields);
  }
  compiled.set(catalogue, checks);
  return checks;
}

const dates = new Map<string, Date | undefined>();

/**
 * parseIsoDate, remembered: building a UTC date costs more than the rest of a row's validation, and a
 * batch repeats few distinct dates. Sharing one Date between rows is safe: the engine never mutates values.
 */
function dateOf(text: string): Date | undefined {
  let date = dates.get(text);
  if (date === undefined && !dates.has(text)) {
    if (dates.size >= 100_000) dates.clear();
    date = parseIsoDate(text);
    dates.set(text, date);
  }
  return date;
}

/** Mirrors `convertScalar` in src/profile/loadProfile.ts for valid values; anything else is SKIP. */
function scalarCheck(def: ScalarFieldDef): FieldCheck {
  switch (def.type) {
    case "boolean":
      return (raw) => (typeof raw === "boolean" ? raw : SKIP);
    case "integer":
    case "decimal": {
      const { min, max } = def;
      const oneOf = def.oneOf;
      const whole = def.type === "integer";
      return (raw) => {
        if (typeof raw !== "number" || !Number.isFinite(raw)) return SKIP;
        if (whole && !Number.isInteger(raw)) return SKIP;
        if ((min !== undefined && raw < min) || (max !== undefined && raw > max)) return SKIP;
        if (oneOf && !oneOf.includes(raw)) return SKIP;
        return new Big(raw);
      };
    }
    case "date":
      // Only plain in-range dates; a past fact dated after today takes the full path, which says so.
      return (raw, today) => {
        if (typeof raw !== "string" || !LEAN_DATE.test(raw)) return SKIP;
        if (def.past && (today === undefined || raw > today)) return SKIP;
        return dateOf(raw) ?? SKIP;
      };
    case "region":
      return (raw) => (typeof raw === "string" && REGION_SHAPE.test(raw) && isRegionCode(raw) ? raw : SKIP);
    case "enum": {
      const values = new Set(def.values ?? []);
      return (raw) => (typeof raw === "string" && values.has(raw) ? raw : SKIP);
    }
    case "enum-list": {
      const values = new Set(def.values ?? []);
      return (raw) => {
        const list = Array.isArray(raw) ? raw : [raw];
        for (const x of list) if (typeof x !== "string" || !values.has(x)) return SKIP;
        return list as string[];
      };
    }
    case "text": {
      const limit = def.maxLength ?? 200;
      return (raw) => {
        if (typeof raw !== "string") return SKIP;
        if ([...raw].length > limit || ID_SHAPE.test(raw)) return SKIP;
        return raw;
      };
    }
    default:
      // id-number: the full path checks it and derives birth date and sex from it.
      return () => SKIP;
  }
}
