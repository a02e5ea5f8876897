import Big from "big.js";
import { formatIsoDate, parseIsoDate } from "../expr/values.js";
import { inEachLanguage, type Message, message, say } from "../messages/index.js";
import type { InBoth } from "../messages/params.js";
import { englishFullName, fullName, placeByName } from "../regions/placeNames.js";
import { isRegionCode } from "../regions/regions.js";
import { idWritten, withoutIdSeparators } from "../text/idWriting.js";
import type { Fact, FactReader } from "./fact.js";
import { dateText, folded, meansUnknown, shown, withoutInvisible } from "./factText.js";
import type { ScalarFieldDef } from "./fieldSchema.js";
import { holdsIdNumber, isShortIdNumber, parseIdNumber } from "./idNumber.js";
import { choiceReader } from "./readChoice.js";
import { notNumber, numberReader } from "./readNumber.js";

/** Profile dates must lie in these years: before, a two-digit year was probably meant; after, a typo. */
export const DATE_YEARS = { from: 1900, to: 2199 } as const;

const readers = new WeakMap<ScalarFieldDef, FactReader>();

/** The reader of `def`, built once per field of the catalogue and shared by every channel. */
export function readerOf(def: ScalarFieldDef): FactReader {
  let reader = readers.get(def);
  if (!reader) {
    reader = build(def);
    readers.set(def, reader);
  }
  return reader;
}

/** A place as each language writes it, with its code: 宁夏回族自治区银川市（640100）, Yinchuan, Ningxia (640100). */
export const placeText = (code: string): InBoth =>
  inEachLanguage((lang) => say(lang, "fact/placeWithCode", { name: PLACE_NAME[lang](code), code }));

const PLACE_NAME = { zh: fullName, en: englishFullName } as const;
const PLACE_LIST = { zh: "、", en: "; " } as const;
const placesText = (codes: readonly string[]): InBoth =>
  inEachLanguage((lang) => codes.map((c) => placeText(c)[lang]).join(PLACE_LIST[lang]));

const UNKNOWN: Fact = { ok: true, value: undefined };
const refuse = (code: string, says: Message): Fact => ({ ok: false, code, says });

function build(def: ScalarFieldDef): FactReader {
  const inner = typed(def);
  const date = def.type === "date";
  // A free text (a case reference) is kept as written: it is the office's key to find the record again.
  const asWritten = def.type === "text";
  return (raw, written, dates) => {
    if (typeof raw === "string") {
      // Most dates come as 2021-09-01: folding and the unknown-words check would give it back unchanged.
      if (date && isIsoShaped(raw)) return inner(raw, raw, written, dates);
      const clean = withoutInvisible(raw);
      const text = folded(clean.text);
      if (text === "") return UNKNOWN;
      if (meansUnknown(text))
        return { ok: true, value: undefined, note: message("facts/unknown-word", { value: shown(raw) }) };
      if (asWritten) return inner(text, raw, written, dates);
      const fact = inner(text, clean.text, written, dates);
      if (clean.dropped === undefined || !fact.ok) return fact;
      const dropped = message("facts/invisible", { value: shown(clean.text), chars: clean.dropped });
      return {
        ...fact,
        note: fact.note ? message("facts/and", { first: dropped, second: fact.note }) : dropped,
      };
    }
    return inner(undefined, raw, written, dates);
  };
}

/** `text`: a string value, width-folded and trimmed; undefined for a number, a boolean, a date or a list. */
type Inner = (
  text: string | undefined,
  raw: unknown,
  written: string | undefined,
  dates?: { today?: string; asOf?: string },
) => Fact;

function typed(def: ScalarFieldDef): Inner {
  switch (def.type) {
    case "integer":
    case "decimal": {
      const read = numberReader(def);
      return (text, raw, written) => {
        if (text !== undefined) return read.text(text, raw);
        if (written === undefined && Number.isSafeInteger(raw)) return read.safeInteger(raw as number);
        if (typeof raw !== "number") return notNumber(raw, def.unit);
        if (!Number.isFinite(raw))
          return refuse("profile/range", message("fact/too-large", { value: shown(raw) }));
        // A profile's number is read from its digits as written; a double from JSON or a spreadsheet prints
        // shortest as the decimal that was typed.
        if (written !== undefined) return read.text(written, raw);
        const digits = plainDecimal(raw);
        // A double of more digits than a spreadsheet shows and compares (15 significant) is a formula's binary
        // rounding (=6.5*12 stores 77.99999999999999): read as the sheet shows it, and said back.
        const sheet = plainDecimal(Number(raw.toPrecision(SHEET_DIGITS)));
        if (sheet === digits) return read.text(digits, raw);
        const fact = read.text(sheet, sheet);
        const note = message("fact/sheet-digits", { value: digits, read: sheet });
        return fact.ok
          ? { ...fact, note: fact.note ? message("facts/and", { first: note, second: fact.note }) : note }
          : fact;
      };
    }
    case "date":
      return dateReader(def);
    case "region":
      return (text, raw, written) => {
        // A number is a code when its digits as written are six: 0340104 would be read as 340104.
        const digits = typeof raw === "number" && Number.isInteger(raw) ? (written ?? String(raw)) : text;
        if (digits === undefined || (text === undefined && !/^\d{6}$/.test(digits)))
          return refuse("profile/type", message("fact/region-shape", { value: shown(raw) }));
        if (/^\d{6}$/.test(digits) || text === undefined) return regionCode(digits);
        // A place as `ask` shows it back: 宁夏回族自治区银川市（640100）.
        const quoted = /^\D*\((\d{6})\)$/.exec(text);
        if (quoted) return regionCode(quoted[1] as string);
        if (/^\d+$/.test(digits))
          return refuse("profile/type", message("fact/region-shape", { value: shown(raw) }));
        const place = placeByName(text);
        if ("found" in place)
          return {
            ok: true,
            value: place.found,
            note: message("fact/place-read", {
              value: shown(raw),
              place: placeText(place.found),
            }),
          };
        if ("candidates" in place)
          return refuse(
            "profile/region",
            message("fact/region-ambiguous", {
              value: shown(raw),
              candidates: placesText(place.candidates.slice(0, 8)),
            }),
          );
        return refuse("profile/region", message("fact/region-unknown", { value: shown(raw) }));
      };
    case "enum":
    case "enum-list":
    case "boolean":
      return choiceReader(def);
    case "text": {
      const limit = def.maxLength ?? 200;
      return (text, raw) => {
        if (typeof raw !== "string" && typeof raw !== "number")
          return refuse("profile/type", message("fact/text", { value: shown(raw) }));
        const value = String(raw);
        // Code points are never more than UTF-16 units: only a long text is counted.
        if (value.length > limit && [...value].length > limit)
          return refuse("profile/range", message("fact/text-long", { limit }));
        // A short free text is printed in reports: it must never carry an ID number.
        if (holdsIdNumber(text ?? value)) return refuse("profile/id-number", message("fact/text-id"));
        return { ok: true, value };
      };
    }
    case "id-number":
      return (text, raw) => {
        // Excel keeps 15 significant digits: a number can pass the checksum with another sex digit.
        if (typeof raw === "number" || (text !== undefined && /^\d(\.\d+)?e\+?\d+$/i.test(text)))
          return refuse("profile/id-number", message("fact/id-as-number"));
        if (text === undefined) return refuse("profile/type", message("fact/id-text", { value: shown(raw) }));
        const written = idWritten(text);
        const id = (written ?? withoutIdSeparators(text)).toUpperCase();
        if (isShortIdNumber(id))
          return refuse(
            "profile/id-number",
            message("fact/id-short", { digits: id.length === 15 ? 15 : 17 }),
          );
        // Its digits make an ID, but not written as one (`6401 21 19850 615`): the mask would not find it.
        const digits = parseIdNumber(id);
        const parsed =
          digits.ok && written === undefined ? ({ ok: false, reason: "format" } as const) : digits;
        return parsed.ok
          ? { ok: true, value: id }
          : refuse("profile/id-number", message("fact/id-invalid", { reason: parsed.reason }));
      };
  }
}

/** The significant digits a spreadsheet shows and compares (Excel, WPS, LibreOffice). */
const SHEET_DIGITS = 15;

/** A double's digits without an exponent (1e-7 is 0.0000001): an exponent is refused only where it was typed. */
function plainDecimal(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? new Big(text).toFixed() : text;
}

function regionCode(code: string): Fact {
  return isRegionCode(code)
    ? { ok: true, value: code }
    : refuse("profile/region", message("fact/region-code", { value: code }));
}

/** `YYYY-MM-DD` in ASCII digits: what `dateText` gives, and gives back unchanged. */
function isIsoShaped(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const i of DIGIT_PLACES) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const digitAt = (text: string, i: number) => text.charCodeAt(i) - 48;

const YEARS = DATE_YEARS.to - DATE_YEARS.from + 1;
/** Each day of DATE_YEARS by its written year, month (1–12) and day (1–31): 31 places a month. */
const DAY_PLACES = YEARS * 12 * 31;

/**
 * Where an ISO day's Date is remembered, or -1 when `iso` is not `YYYY-MM-DD` with a year of DATE_YEARS, a
 * month 1–12 and a day 1–31 (never a calendar day, or refused before).
 */
function dayPlace(iso: string): number {
  if (!isIsoShaped(iso)) return -1;
  const year =
    digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3) - DATE_YEARS.from;
  const month = digitAt(iso, 5) * 10 + digitAt(iso, 6) - 1;
  const day = digitAt(iso, 8) * 10 + digitAt(iso, 9) - 1;
  if (year < 0 || year >= YEARS || month < 0 || month > 11 || day < 0 || day > 30) return -1;
  return (year * 12 + month) * 31 + day;
}

/** Each place's Date, or null for a place that is no calendar day (2021-02-30); filled as days are read. */
let days: (Date | null | undefined)[] | undefined;

/**
 * parseIsoDate, remembered by the day's place: building a UTC date costs more than the rest of a row's
 * validation, and a place is found from the digits without hashing a fresh string. Sharing one Date is safe:
 * the engine never mutates values.
 */
function dateOf(iso: string): Date | undefined {
  const place = dayPlace(iso);
  if (place < 0) return parseIsoDate(iso);
  days ??= new Array(DAY_PLACES);
  let date = days[place];
  if (date === undefined) {
    date = parseIsoDate(iso) ?? null;
    days[place] = date;
  }
  return date ?? undefined;
}

function dateReader(def: ScalarFieldDef): Inner {
  return (text, raw, written, when) => {
    let iso: string | undefined;
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) iso = formatIsoDate(raw);
    else if (text !== undefined) iso = isIsoShaped(text) ? text : dateText(text);
    else if (typeof raw === "number" && Number.isInteger(raw)) iso = dateText(written ?? String(raw));
    if (iso === undefined)
      return refuse(
        text === undefined && typeof raw !== "number" ? "profile/type" : "profile/date",
        message("fact/date", { value: shown(raw) }),
      );
    const year = Number(iso.slice(0, 4));
    if (year < DATE_YEARS.from || year > DATE_YEARS.to)
      return refuse(
        "profile/date",
        message("fact/date-range", { value: shown(raw), from: DATE_YEARS.from, to: DATE_YEARS.to }),
      );
    const date = dateOf(iso);
    if (!date) return refuse("profile/date", message("fact/not-calendar-day", { value: iso }));
    if (def.past && when?.today !== undefined && iso > when.today)
      return refuse("profile/future-date", message("fact/future-date", { value: iso, today: when.today }));
    // On the as-of date this had not happened: the profile describes a later day than the one evaluated (a person
    // not yet unemployed, a business not yet licensed), and neither using the date nor dropping it makes it true.
    if (def.past && when?.asOf !== undefined && iso > when.asOf)
      return refuse("profile/after-as-of", message("fact/after-as-of", { value: iso, asOf: when.asOf }));
    return { ok: true, value: date };
  };
}
