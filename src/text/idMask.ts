import { type IdRun, idRuns, writtenAsOne } from "./idWriting.js";

// Resident ID numbers (GB 11643) in any text butie writes: recognised however they are typed (idWriting.ts) and
// masked, in one place, at the lowest layer, so that every writer (terminal, files, wrapped lines, cells) uses it.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** The check character of the first 17 digits (GB 11643). */
export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17.charAt(i)), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Whether year-month-day is a real calendar day from 1900 on. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether 18 ASCII characters are a valid resident ID number: shape, birth date and check character. */
export function isValidIdNumber(id: string): boolean {
  const upper = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return false;
  const [y, m, d] = [upper.slice(6, 10), upper.slice(10, 12), upper.slice(12, 14)].map(Number) as number[];
  return isRealDate(y as number, m as number, d as number) && idCheckChar(upper) === upper.charAt(17);
}

/** Masks an ID number for display: 18 chars keep the first and last 4, others the first and last 2. */
export function maskIdNumber(id: string): string {
  const chars = [...id];
  if (chars.length <= 4) return "*".repeat(chars.length);
  const keep = chars.length === 18 ? 4 : 2;
  return chars.slice(0, keep).join("") + "*".repeat(chars.length - 2 * keep) + chars.slice(-keep).join("");
}

// Province-level codes of GB/T 2260: the first two digits of every resident ID number.
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82,
]);

/**
 * Whether 15 ASCII digits are a first-generation resident ID number (region, birth date `yymmdd` in the 1900s,
 * sequence), or 17 the first 17 characters of an 18-character one (region, `yyyymmdd`, sequence): a province's
 * code and a real birth date. Either names a person as the whole number does. An amount or a count of 15 digits
 * rarely starts with a province's code and has a calendar day in the right place; the few that do are masked.
 */
export function isShortIdNumber(digits: string): boolean {
  if ((digits.length !== 15 && digits.length !== 17) || !/^\d+$/.test(digits)) return false;
  if (!PROVINCES.has(Number(digits.slice(0, 2)))) return false;
  const at = digits.length === 15 ? 8 : 10;
  const year = digits.length === 15 ? 1900 + Number(digits.slice(6, 8)) : Number(digits.slice(6, 10));
  return isRealDate(year, Number(digits.slice(at, at + 2)), Number(digits.slice(at + 2, at + 4)));
}

type Found = { from: number; length: number };

/** Which 18-character numbers are masked: valid ID numbers, or any of that shape where a person's typing is quoted. */
type Kind = "valid" | "shaped";
const ID_SHAPED = /^\d{17}[\dX]$/;

/** A mistyped ID glued to other digits still names its person: a province's code and a real birth date. */
function isPlausibleId(id: string): boolean {
  if (!ID_SHAPED.test(id) || !PROVINCES.has(Number(id.slice(0, 2)))) return false;
  return isRealDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/**
 * The 18-character windows of a run to mask, tried in this order so that one glued to other digits is found where
 * it stands, not at the run's start: valid ID numbers anywhere; then, where typing is quoted, plausible ones
 * anywhere and any of that shape standing alone.
 */
type Pass = { test: (id: string) => boolean; alone: boolean; dated: boolean };
const PASSES: Readonly<Record<Kind, readonly Pass[]>> = {
  valid: [{ test: isValidIdNumber, alone: false, dated: true }],
  shaped: [
    { test: isValidIdNumber, alone: false, dated: true },
    { test: isPlausibleId, alone: false, dated: true },
    { test: (id) => ID_SHAPED.test(id), alone: true, dated: false },
  ],
};

/** ID numbers in one run: 18-character ones of `kind`, then first-generation ones and 17-digit prefixes. */
function idsInRun(run: IdRun, kind: Kind): Found[] {
  const found: Found[] = [];
  const taken = new Uint8Array(run.chars.length);
  const take = (from: number, length: number) => {
    found.push({ from, length });
    taken.fill(1, from, from + length);
  };
  const free = (from: number, length: number) => !taken.subarray(from, from + length).includes(1);
  for (const { test, alone, dated } of PASSES[kind])
    for (let i = 0; i + 18 <= run.chars.length; i++) {
      // Cheap test first (the month's first digit), so a million digits cost a million steps.
      const m1 = run.chars.charCodeAt(i + 10);
      if (dated && m1 !== 48 && m1 !== 49) continue;
      if (!free(i, 18) || !writtenAsOne(run, i, 18, alone) || !test(run.chars.slice(i, i + 18))) continue;
      take(i, 18);
      i += 17;
    }
  for (const length of [15, 17])
    for (let i = 0; i + length <= run.chars.length; i++)
      if (
        free(i, length) &&
        writtenAsOne(run, i, length, true) &&
        isShortIdNumber(run.chars.slice(i, i + length))
      )
        take(i, length);
  return found;
}

/** `text` with every ID number of `kind`, and every short one, masked; the separators inside it dropped. */
function masked(text: string, kind: Kind): string {
  if (!mayHoldIdNumber(text)) return text;
  const spans: { start: number; end: number; shown: string }[] = [];
  for (const run of idRuns(text)) {
    if (run.chars.length < 15) continue;
    for (const { from, length } of idsInRun(run, kind)) {
      const last = from + length - 1;
      spans.push({
        start: run.at[from] as number,
        end: (run.at[last] as number) + 1,
        shown: maskIdNumber(run.chars.slice(from, from + length)),
      });
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.start) + span.shown;
    from = span.end;
  }
  return out + text.slice(from);
}

/**
 * Whether `text` has 15 digits (ASCII or full-width) that no hard break parts: when not, no mask can change it.
 * A hard break is a character no way of writing an ID number puts between its digits (idWriting.ts: separators
 * are spaces, dashes, dots, invisible marks, controls and their escapes) — quotes, commas, colons, brackets,
 * slashes and CJK characters — so a batch record's amounts and dates do not send every chunk to the full scan.
 */
export function mayHoldIdNumber(text: string): boolean {
  if (text.length < 15) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      if (++digits === 15) return true;
    } else if (HARD_BREAK[c] === 1 || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3001 && c <= 0x3003))
      digits = 0;
    else if (c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff08 || c === 0xff09) digits = 0;
  }
  return false;
}

const HARD_BREAK = new Uint8Array(128);
for (const c of `",:;{}[]=<>()|/`) HARD_BREAK[c.charCodeAt(0)] = 1;

/**
 * Every valid resident ID number in `text` masked (shape, birth date and check digit of GB 11643), and every
 * first-generation number or 17-digit prefix (`isShortIdNumber`), however it is written (idWriting.ts): full-width
 * digits, split by spaces, dashes, dots or invisible marks. The output boundary passes everything butie writes
 * through this, so no path can leak one.
 */
export function maskIdNumbersIn(text: string): string {
  return masked(text, "valid");
}

/**
 * Mask every number shaped like an ID number (17 digits and a digit or X, written in any of the ways above), valid
 * or not, and every short one: for text that quotes what a person typed, where a mistyped number is as personal
 * as a valid one.
 * @example maskIdShapedIn("got 340104199001011230") // "got 3401**********1230"
 */
export function maskIdShapedIn(text: string): string {
  return masked(text, "shaped");
}

/** Whether `text` holds what `maskIdShapedIn` masks: for a short free text that reports print (a case reference). */
export function holdsIdNumber(text: string): boolean {
  return maskIdShapedIn(text) !== text;
}
