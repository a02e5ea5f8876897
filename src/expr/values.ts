// The mini class: the full UTCDate builds Intl formatters when loaded, ~15 ms of every start.
import { UTCDateMini as UTCDate } from "@date-fns/utc/date/mini";
import Big from "big.js";

/** A record of a list field (e.g. one hire of `employer.hires`). */
export type RecordValue = { readonly [field: string]: Value | undefined };

/** A table parameter: keys are strings, values known. */
export type TableValue = { readonly [key: string]: Value };

/** A known value. Numbers are exact decimals; dates are UTC-midnight `UTCDate`s (calendar days). */
export type Value = boolean | Big | string | Date | readonly string[] | readonly RecordValue[] | TableValue;

/** An unknown value, carrying the fields whose answers would make it known. */
export class Unknown {
  constructor(
    readonly fields: readonly string[],
    /**
     * Bounds the value is known to lie within, so a comparison may be decided without the fields; `points`,
     * when given, are all the values it may take (e.g. the retirement date for each possible sex), for a
     * test that is not monotone in the value (a date inside a window).
     */
    readonly range?: {
      readonly lo: Big | Date;
      readonly hi: Big | Date;
      readonly points?: readonly (Big | Date)[];
    },
  ) {}
}

/** What an expression yields under three-valued logic. */
export type Outcome = Value | Unknown;

/** Merge the fields of several unknowns into one, without duplicates. */
export function mergeUnknown(...parts: Outcome[]): Unknown {
  // Most merges meet no unknown or one without bounds: no new sets or lists for them (the batch path).
  let only: Unknown | undefined;
  let count = 0;
  for (const p of parts)
    if (p instanceof Unknown) {
      only = p;
      count++;
    }
  if (count === 0) return NOTHING_UNKNOWN;
  if (count === 1 && only && !only.range && only.fields.length <= 1) return only;
  const fields = new Set<string>();
  for (const p of parts) if (p instanceof Unknown) for (const f of p.fields) fields.add(f);
  return new Unknown([...fields]);
}

const NOTHING_UNKNOWN = new Unknown([]);

/** `mergeUnknown` of two outcomes, without a list for the arguments when one side alone is unknown (generated code). */
export function mergeTwo(a: Outcome, b: Outcome): Unknown {
  if (a instanceof Unknown) {
    if (!(b instanceof Unknown) && !a.range && a.fields.length <= 1) return a;
  } else if (!(b instanceof Unknown)) return NOTHING_UNKNOWN;
  else if (!b.range && b.fields.length <= 1) return b;
  return mergeUnknown(a, b);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse `YYYY-MM-DD` into a local-midnight Date, or undefined when it is not a real calendar day. */
export function parseIsoDate(text: string): Date | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Calendar days carry no time zone: UTC midnight, so no local DST gap (Shanghai 1940s) can shift a day.
  const date = new UTCDate(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return date;
}

/** Format a Date as `YYYY-MM-DD`. */
export function formatIsoDate(date: Date): string {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Plain-text rendering of a value for explanations; ratios (unit `ratio`) as percentages. */
export function formatValue(v: Outcome, unit?: string): string {
  if (v instanceof Unknown)
    return v.range ? `${formatValue(v.range.lo, unit)}…${formatValue(v.range.hi, unit)}` : "?";
  if (v instanceof Big) return unit === "ratio" ? `${v.times(100).toString()}%` : v.toString();
  if (v instanceof Date) return formatIsoDate(v);
  if (typeof v === "boolean" || typeof v === "string") return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === "string" ? x : "{…}")).join(", ")}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${k}: ${formatValue(x as Outcome, unit)}`)
    .join(", ")}}`;
}

/** A value as JSON: decimals become numbers (exact to the fen for money), dates ISO strings. */
export function toJson(v: Outcome | undefined): unknown {
  if (v === undefined || v instanceof Unknown) return null;
  if (v instanceof Big) return Number(v.toString());
  if (v instanceof Date) return formatIsoDate(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : recordToJson(x as RecordValue)));
  if (typeof v === "object") return recordToJson(v as RecordValue);
  return v;
}

function recordToJson(r: RecordValue): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).map(([k, x]) => [k, toJson(x)]));
}
