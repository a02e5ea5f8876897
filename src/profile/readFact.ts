import Big from "big.js";
import { formatIsoDate, parseIsoDate } from "../expr/values.js";
import { inEachLanguage, type Message, message, say } from "../messages/index.js";
import type { InBoth } from "../messages/params.js";
import { englishFullName, fullName, placeByName } from "../regions/placeNames.js";
import { isRegionCode } from "../regions/regions.js";
import { isoDateWords } from "../rules/dateWords.js";
import type { Fact, FactReader } from "./fact.js";
import { dateText, folded, meansUnknown, shown } from "./factText.js";
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

/** A day as each view writes it: 2030年1月1日 in Chinese, 2030-01-01 in English. */
const DAY = { zh: (iso: string) => isoDateWords(iso, "zh"), en: (iso: string) => iso } as const;
const day = (iso: string): InBoth => inEachLanguage((lang) => DAY[lang](iso));

const UNKNOWN: Fact = { ok: true, value: undefined };
const refuse = (code: string, says: Message): Fact => ({ ok: false, code, says });

function build(def: ScalarFieldDef): FactReader {
  const inner = typed(def);
  return (raw, written, dates) => {
    if (typeof raw === "string") {
      const text = folded(raw);
      if (text === "" || meansUnknown(text)) return UNKNOWN;
      return inner(text, raw, written, dates);
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
        return read.text(written ?? plainDecimal(raw), raw);
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
        const value = typeof raw === "string" ? (text as string) : String(raw);
        if ([...value].length > limit) return refuse("profile/range", message("fact/text-long", { limit }));
        // A short free text is printed in reports: it must never carry an ID number.
        if (holdsIdNumber(value)) return refuse("profile/id-number", message("fact/text-id"));
        return { ok: true, value };
      };
    }
    case "id-number":
      return (text, raw) => {
        // Excel keeps 15 significant digits: a number can pass the checksum with another sex digit.
        if (typeof raw === "number" || (text !== undefined && /^\d(\.\d+)?e\+?\d+$/i.test(text)))
          return refuse("profile/id-number", message("fact/id-as-number"));
        if (text === undefined) return refuse("profile/type", message("fact/id-text", { value: shown(raw) }));
        const id = text.replace(/[\s-]/g, "").toUpperCase();
        if (isShortIdNumber(id))
          return refuse(
            "profile/id-number",
            message("fact/id-short", { digits: id.length === 15 ? 15 : 17 }),
          );
        const parsed = parseIdNumber(id);
        return parsed.ok
          ? { ok: true, value: id }
          : refuse("profile/id-number", message("fact/id-invalid", { reason: parsed.reason }));
      };
  }
}

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

const dates = new Map<string, Date | undefined>();

/**
 * parseIsoDate, remembered: building a UTC date costs more than the rest of a row's validation, and a batch
 * repeats few distinct dates. Sharing one Date is safe: the engine never mutates values.
 */
function dateOf(iso: string): Date | undefined {
  let date = dates.get(iso);
  if (date === undefined && !dates.has(iso)) {
    if (dates.size >= 100_000) dates.clear();
    date = parseIsoDate(iso);
    dates.set(iso, date);
  }
  return date;
}

function dateReader(def: ScalarFieldDef): Inner {
  return (text, raw, written, when) => {
    let iso: string | undefined;
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) iso = formatIsoDate(raw);
    else if (text !== undefined) iso = dateText(text);
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
      return refuse(
        "profile/future-date",
        message("fact/future-date", { value: day(iso), today: day(when.today) }),
      );
    if (def.past && when?.asOf !== undefined && iso > when.asOf)
      return {
        ok: true,
        value: date,
        warning: message("fact/after-as-of", { value: day(iso), asOf: day(when.asOf) }),
      };
    return { ok: true, value: date };
  };
}
