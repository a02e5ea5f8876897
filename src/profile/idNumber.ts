export type IdNumberResult =
  | { ok: true; birthDate: string; sex: "male" | "female"; addressCode: string }
  | { ok: false; reason: "length" | "format" | "birth-date" | "checksum" };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17.charAt(i)), 0);
  return CHECK_CHARS.charAt(sum % 11);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Validates an 18-character GB 11643-1999 resident ID number and extracts birth date, sex and address code. */
export function parseIdNumber(id: string): IdNumberResult {
  if (id.length !== 18) return { ok: false, reason: "length" };
  const upper = id.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(upper)) return { ok: false, reason: "format" };
  const year = Number(upper.slice(6, 10));
  const month = Number(upper.slice(10, 12));
  const day = Number(upper.slice(12, 14));
  if (!isRealDate(year, month, day)) return { ok: false, reason: "birth-date" };
  if (idCheckChar(upper) !== upper.charAt(17)) return { ok: false, reason: "checksum" };
  return {
    ok: true,
    birthDate: `${upper.slice(6, 10)}-${upper.slice(10, 12)}-${upper.slice(12, 14)}`,
    sex: Number(upper.charAt(16)) % 2 === 1 ? "male" : "female",
    addressCode: upper.slice(0, 6),
  };
}

/** Masks an ID number for display: 18 chars keep the first and last 4, others the first and last 2. */
export function maskIdNumber(id: string): string {
  const chars = [...id];
  if (chars.length <= 4) return "*".repeat(chars.length);
  const keep = chars.length === 18 ? 4 : 2;
  return chars.slice(0, keep).join("") + "*".repeat(chars.length - 2 * keep) + chars.slice(-keep).join("");
}

// 18 characters not inside a longer run of digits: a resident ID number's shape (letters may touch it).
const ID_SHAPE = /(?<!\d)\d{17}[\dXx](?!\d)/g;

/**
 * Every valid resident ID number (shape, birth date and check digit of GB 11643) in `text`, masked.
 * The output boundary passes everything butie writes through this, so no path can leak one.
 */
export function maskIdNumbersIn(text: string): string {
  if (text.length < 18) return text;
  return text.replace(ID_SHAPE, (id) => (parseIdNumber(id).ok ? maskIdNumber(id) : id));
}

/**
 * Mask every run shaped like an ID number (17 digits and a digit or X), valid or not: for text that quotes what
 * a person typed, where a mistyped number is as personal as a valid one.
 * @example maskIdShapedIn("got 340104199001011230") // "got 3401**********1230"
 */
export function maskIdShapedIn(text: string): string {
  return text.replace(/\d{17}[\dXx]/g, (id) => maskIdNumber(id));
}
