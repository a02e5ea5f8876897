import { echo } from "../echo.js";
import { maskIdShapedIn } from "./idNumber.js";

// The forms people write a fact in, read the same way whatever the channel (a profile, an `ask` answer,
// a fixture, a spreadsheet cell, an NDJSON line).

/** Words that mean "not known" when written instead of a value: the field stays unknown. */
const UNKNOWN = /^(不知道|不清楚|不详|未知|不明|跳过|略过|\?|unknown|don'?t know|not known|n\/a)$/i;

/**
 * Characters that take no room on screen (zero-width spaces and joiners, a stray byte-order mark, a soft hyphen,
 * direction marks) pasted from web systems along with a value: `男` followed by one looks like `男`.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const ANY_INVISIBLE = new RegExp(INVISIBLE.source);

/** The text without invisible characters, and their code points (`U+200B`) when it held any. */
export function withoutInvisible(text: string): { text: string; dropped?: string } {
  if (!ANY_INVISIBLE.test(text)) return { text };
  const codes = new Set<string>();
  for (const [c] of text.matchAll(INVISIBLE))
    codes.add(`U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return { text: text.replace(INVISIBLE, ""), dropped: [...codes].join("、") };
}

/** Full-width digits, letters and signs (８、％、，) as their ASCII forms; spaces at the ends dropped. */
export function folded(text: string): string {
  return text.normalize("NFKC").trim();
}

export function meansUnknown(text: string): boolean {
  return UNKNOWN.test(text);
}

/**
 * A value quoted back in a message; anything shaped like an ID number is masked, wherever it was typed. A date
 * (a spreadsheet's date cell) is its day, as the sheet shows it, not a timestamp.
 */
export function shown(raw: unknown): string {
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  return maskIdShapedIn(echo(raw));
}

/** A number as written: its plain decimal digits, the unit written after it, whether it had a `%`. */
export type NumberText =
  | { readonly digits: string; readonly unit: string; readonly percent: boolean }
  | { readonly problem: "grouping" | "notation" | "not-number" };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const UNIT =
  /^([-+]?[\d.,\s]*\d[\d.,\s]*(?:[eE][-+]?\d+)?)\s*(%|元\/月|元每月|元|块|个月|月|周岁|岁|年|[a-z][a-z ]*[a-z])?$/i;

/** Units written in English, as their Chinese forms: `8 years` is `8年`. */
const ENGLISH_UNITS: Readonly<Record<string, string>> = {
  year: "年",
  years: "年",
  yr: "年",
  yrs: "年",
  month: "个月",
  months: "个月",
  "years old": "岁",
  "year old": "岁",
  yuan: "元",
  rmb: "元",
  "yuan a month": "元/月",
  "yuan per month": "元/月",
};

/**
 * `5,000`, `+3`, `8%`, `12个月`, `8年`, `55岁`: the digits and the unit. A comma or space that is not a
 * thousands separator (`1,2`, `1 2`) is refused, never dropped: `1,2` may be 1.2, 12 or two numbers.
 */
export function numberText(text: string): NumberText {
  // Hexadecimal and exponents (`1e2`, `1.2E+1`): no office or person writes a count or an amount so.
  if (/^[-+]?0[xob]/i.test(text) || /\d\s*[eE]\s*[-+]?\d/.test(text)) return { problem: "notation" };
  const m = UNIT.exec(text);
  if (!m) return { problem: "not-number" };
  const body = (m[1] ?? "").trim();
  const written = m[2] ?? "";
  const unit = /[a-z]/i.test(written) ? ENGLISH_UNITS[written.toLowerCase().replace(/\s+/g, " ")] : written;
  if (unit === undefined) return { problem: "not-number" };
  if (PLAIN.test(body)) return { digits: body.replace(/^\+/, ""), unit, percent: unit === "%" };
  if (GROUPED.test(body))
    return { digits: body.replace(/,/g, "").replace(/^\+/, ""), unit, percent: unit === "%" };
  return { problem: /[,\s]/.test(body) ? "grouping" : "not-number" };
}

/** `8年6个月`, `1 year 6 months`: years and months, for a field counted in months. */
export function yearsAndMonths(text: string): { years: string; months: string } | undefined {
  const m = /^(\d+)\s*(?:年|years?|yrs?)\s*(?:and\s*)?(?:(\d+)\s*(?:个?月|months?))?$/i.exec(text);
  return m ? { years: m[1] as string, months: m[2] ?? "0" } : undefined;
}

/**
 * `2021-9-1`, `2021/9/1`, `2021.9.1`, `2021年9月1日`, `20210901`, with a time of day a spreadsheet may add:
 * year, month and day as `YYYY-MM-DD` (not yet checked to be a calendar day). A two-digit year or a
 * day-first date (`9/1/2021`) is not read: which century, which is the month, would be a guess.
 */
export function dateText(text: string): string | undefined {
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(
      text,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
}
