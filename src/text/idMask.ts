// Resident ID numbers (GB 11643) in any text butie writes: recognised however they are typed and masked, in one
// place, at the lowest layer, so that every writer (terminal, files, wrapped lines, spreadsheet cells) uses it.

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

// A digit as people type it: ASCII or full-width (what Chinese input methods give).
export const DIGIT = "[0-9\\uff10-\\uff19]";
const CHECK = "[0-9\\uff10-\\uff19Xx\\uff38\\uff58]";
// What may stand between two digits of a number typed or pasted in parts: a space (also ideographic or
// no-break), a hyphen, or an invisible character (zero-width space/joiners, word joiner, BOM, soft hyphen).
export const GAP = "[ \\u00a0\\u3000\\-\\u00ad\\u200b-\\u200d\\u2060\\ufeff]?";
// A check character X ends the number even when digits follow (two numbers pasted together); a digit does not.
const ID_LIKE = new RegExp(
  `(?<!${DIGIT})(?:${DIGIT}${GAP}){17}(?:[Xx\\uff38\\uff58]|${DIGIT}(?!${DIGIT}))`,
  "g",
);
const ID_SHAPED = new RegExp(`(?:${DIGIT}${GAP}){17}${CHECK}`, "g");
// A first-generation number (15 digits) or the first 17 of one whose check character was lost, standing alone.
// A space or hyphen only between its groups (region, birth date, sequence): numbers a space apart in a line of
// amounts or dates would otherwise make 15 digits by chance; invisible characters anywhere.
const INVISIBLE = "[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]?";
const BETWEEN_GROUPS = "[ \\u00a0\\u3000\\-]?";
const digits = (n: number) => `(?:${DIGIT}${INVISIBLE}){${n - 1}}${DIGIT}`;
const SHORT_ID_LIKE = [8, 6].map(
  (born) =>
    new RegExp(
      `(?<!${DIGIT}${INVISIBLE})${digits(6)}${BETWEEN_GROUPS}${digits(born)}${BETWEEN_GROUPS}${digits(3)}(?!${INVISIBLE}${CHECK})`,
      "g",
    ),
);
const ANY_DIGIT = new RegExp(DIGIT);

/** The 18 ASCII characters of a run `ID_LIKE` matched: gaps dropped, full-width folded. */
function folded(run: string): string {
  let out = "";
  for (const c of run) {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (c === "\uff38" || c === "\uff58") out += "X";
    else if (/[0-9Xx]/.test(c)) out += c;
  }
  return out;
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

/** `text` with every standing-alone 15- or 17-digit run that `isShortIdNumber` accepts masked. */
function maskShortIds(text: string): string {
  let out = text;
  for (const shape of SHORT_ID_LIKE)
    out = out.replace(shape, (run) => {
      const digits = folded(run);
      return isShortIdNumber(digits) ? maskIdNumber(digits) : run;
    });
  return out;
}

/**
 * Every valid resident ID number in `text` masked (shape, birth date and check digit of GB 11643), however it
 * is typed: full-width digits, split by spaces, hyphens or invisible characters. The output boundary passes
 * everything butie writes through this, so no path can leak one.
 */
export function maskIdNumbersIn(text: string): string {
  if (text.length < 15 || !ANY_DIGIT.test(text)) return text;
  const masked =
    text.length < 18
      ? text
      : text
          .replace(ID_LIKE, (run) => {
            const id = folded(run);
            return isValidIdNumber(id) ? maskIdNumber(id) : run;
          })
          .replace(LONG_RUN, maskInsideRun);
  return maskShortIds(masked);
}

// Digits glued to other digits (`1234511010519491231002X`): each 18-character window of a longer run is checked.
const LONG_RUN = new RegExp(`(?:${DIGIT}|[Xx\\uff38\\uff58]){19,}`, "g");

function maskInsideRun(run: string): string {
  // Full-width digits and X are one UTF-16 unit each, as ASCII ones are: folding keeps every offset.
  const ascii = run.replace(/[\uff10-\uff19\uff38\uff58]/g, (c) =>
    c === "\uff38" || c === "\uff58" ? "X" : String(c.charCodeAt(0) - 0xff10),
  );
  let out = "";
  let from = 0;
  for (let i = 0; i + 18 <= ascii.length; i++) {
    // Cheap test first (month 01-12 at offset 10), so a million digits cost a million steps.
    const m1 = ascii.charCodeAt(i + 10) - 48;
    if (m1 !== 0 && m1 !== 1) continue;
    const id = ascii.slice(i, i + 18);
    if (!isValidIdNumber(id)) continue;
    out += run.slice(from, i) + maskIdNumber(id);
    from = i + 18;
    i += 17;
  }
  return out + run.slice(from);
}

/**
 * Mask every run shaped like an ID number (17 digits and a digit or X, typed in any of the ways above), valid or
 * not, and every first-generation number or 17-digit prefix (`isShortIdNumber`): for text that quotes what a
 * person typed, where a mistyped number is as personal as a valid one.
 * @example maskIdShapedIn("got 340104199001011230") // "got 3401**********1230"
 */
export function maskIdShapedIn(text: string): string {
  if (text.length < 15) return text;
  const masked = text.length < 18 ? text : text.replace(ID_SHAPED, (run) => maskIdNumber(folded(run)));
  return maskShortIds(masked);
}

/** Whether `text` holds what `maskIdShapedIn` masks: for a short free text that reports print (a case reference). */
export function holdsIdNumber(text: string): boolean {
  return maskIdShapedIn(text) !== text;
}
