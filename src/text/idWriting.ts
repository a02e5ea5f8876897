// How an ID number can be written: its digits (ASCII or full-width) and check character, with whatever a person
// types, pastes or cannot see between them. One notion, read by the ID reader (src/profile/readFact.ts), the
// mask and the case-reference check (idMask.ts), so that what butie accepts as an ID it also never prints.

/** What may stand between two characters of an ID number. */
type SeparatorKind = "invisible" | "space" | "dash";

// Marks a person cannot see (direction marks and isolates, zero-width characters, BOM, soft hyphen, U+180E,
// variation selectors, Hangul fillers) and control characters other than line breaks.
const INVISIBLE = /^[\p{Cf}\p{Cc}]$/u;
const INVISIBLE_MARKS: readonly (readonly [number, number])[] = [
  [0x034f, 0x034f],
  [0x115f, 0x1160],
  [0x180b, 0x180f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xffa0, 0xffa0],
];
const isInvisible = (c: string, code: number) =>
  INVISIBLE.test(c) || INVISIBLE_MARKS.some(([from, to]) => code >= from && code <= to);
const SPACE = /^[\p{Zs}\t]$/u;
// Hyphens and dashes of every width (－ from a Chinese input method, − from a formula), and the dots used
// between groups (· ・).
const DASH = /^[\p{Pd}\u2212\u00b7\u2027\u30fb\uff65]$/u;

function kindOf(codePoint: number): SeparatorKind | undefined {
  if (codePoint === 0x0a || codePoint === 0x0d) return undefined;
  const c = String.fromCodePoint(codePoint);
  if (SPACE.test(c)) return "space";
  if (isInvisible(c, codePoint)) return "invisible";
  return DASH.test(c) ? "dash" : undefined;
}

// Output may already show a separator as an escape: `\x01` (a control made visible), `\u200e` (JSON), `\t`
// (a quoted value), `\200e ` (a CSS string). An escape of a separator is that separator; a quoted value's `\n`
// is a line break inside one value, a space between its parts.
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([0-9a-fA-F]{1,6}) |([tnr]))/y;

/** The separator at `at` (a character or an escape of one): its kind and length in UTF-16 units. */
function separatorAt(text: string, at: number): { kind: SeparatorKind; length: number } | undefined {
  const code = text.codePointAt(at);
  if (code === undefined) return undefined;
  if (code === 0x5c) {
    ESCAPE.lastIndex = at;
    const m = ESCAPE.exec(text);
    if (!m) return undefined;
    const kind = kindOf(m[4] ? 9 : Number.parseInt((m[1] ?? m[2] ?? m[3]) as string, 16));
    return kind && { kind, length: m[0].length };
  }
  const kind = kindOf(code);
  return kind && { kind, length: code > 0xffff ? 2 : 1 };
}

// Spaces a person puts between the parts of one number (two or three where a form pads its groups).
const MAX_SPACES = 3;

/**
 * Where the separator between two characters of an ID ends, from `at`, and whether a person sees it: any number of
 * invisible marks, around up to three spaces, a dash or two, and up to three spaces (`640121 - 19850615`,
 * `640121——19850615`, `640121  19850615`). More is not one number written in parts.
 */
function gapAt(text: string, at: number): { end: number; visible: boolean; wide: number } {
  let end = at;
  let [spacesBefore, dashes, spacesAfter] = [0, 0, 0];
  for (let sep = separatorAt(text, end); sep; sep = separatorAt(text, end)) {
    if (sep.kind === "space") {
      if ((dashes === 0 ? spacesBefore : spacesAfter) >= MAX_SPACES) break;
      if (dashes === 0) spacesBefore++;
      else spacesAfter++;
    } else if (sep.kind === "dash") {
      if (dashes === 2 || spacesAfter > 0) break;
      dashes++;
    }
    end += sep.length;
  }
  const wide = spacesBefore > 1 || spacesAfter > 1 ? spacesBefore + 4 * dashes + 16 * spacesAfter : 0;
  return { end, visible: spacesBefore + dashes > 0, wide };
}

/** An ID character at `at` folded to ASCII (`７` → `7`, `ｘ` → `X`), or undefined. */
function idCharAt(text: string, at: number): { digit: boolean; char: string } | undefined {
  const code = text.charCodeAt(at);
  if (code >= 48 && code <= 57) return { digit: true, char: text[at] as string };
  if (code >= 0xff10 && code <= 0xff19) return { digit: true, char: String(code - 0xff10) };
  if (code === 0x58 || code === 0x78 || code === 0xff38 || code === 0xff58)
    return { digit: false, char: "X" };
  return undefined;
}

/**
 * Digits written as one number: `chars` folded to ASCII (a check character X only last, after 17 or more digits),
 * `at[k]` where character k stands in the text, `seen[k]` whether a separator a person sees comes before it,
 * `wide[k]` what it is made of when it has two or three spaces together (0 otherwise).
 */
export interface IdRun {
  readonly chars: string;
  readonly at: readonly number[];
  readonly seen: readonly boolean[];
  readonly wide: readonly number[];
}

/** Every run of digits in `text` joined by separators (`gapAt`): where an ID number can be. */
export function idRuns(text: string): IdRun[] {
  const runs: IdRun[] = [];
  let i = 0;
  while (i < text.length) {
    const first = idCharAt(text, i);
    if (!first?.digit) {
      i++;
      continue;
    }
    let chars = first.char;
    const at = [i];
    const seen = [false];
    const wide = [0];
    let next = i + 1;
    for (;;) {
      const gap = gapAt(text, next);
      const c = gap.end < text.length ? idCharAt(text, gap.end) : undefined;
      if (!c || (!c.digit && chars.length < 17)) break;
      chars += c.char;
      at.push(gap.end);
      seen.push(gap.visible);
      wide.push(gap.wide);
      next = gap.end + 1;
      if (!c.digit) break;
    }
    runs.push({ chars, at, seen, wide });
    i = next;
  }
  return runs;
}

/** `text` without any character that may separate the parts of an ID number: what the ID reader reads. */
export function withoutIdSeparators(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const length = code > 0xffff ? 2 : 1;
    if (code === 0x5c || !kindOf(code)) out += text.slice(i, i + length);
    i += length;
  }
  return out;
}

// Where a person sees separators inside an ID, they stand between its parts — region, year, month-day, sequence,
// check character (640121 1985-06-15 001 8; 640121 19850615 00 18) — or, in an 18-character one, every 2, 3 or 4
// digits from its start, as forms and banks print long numbers (6401 2119 8506 1500 18), or between every digit. A run of amounts,
// dates or counts that happens to hold 15 or 18 digits is split elsewhere.
const PARTS: Readonly<Record<number, ReadonlySet<number>>> = {
  15: new Set([6, 8, 10, 12]),
  17: new Set([6, 10, 12, 14]),
  18: new Set([6, 10, 12, 14, 16, 17]),
};

/**
 * Whether `length` characters of `run` from `from` are written as one number: no separator a person sees inside
 * (then anywhere, glued to other digits too, unless `alone`), or seen ones only between its parts, every 2, 3 or 4
 * digits, or between every digit, with a seen separator or nothing before and after it.
 */
export function writtenAsOne(run: IdRun, from: number, length: number, alone: boolean): boolean {
  const end = from + length;
  const standsAlone =
    (from === 0 || run.seen[from] === true) && (end === run.chars.length || run.seen[end] === true);
  if (alone && !standsAlone) return false;
  const parts = PARTS[length];
  let seen = 0;
  let [between, by2, by3, by4] = [true, true, true, true];
  let wide: number | undefined;
  for (let k = from + 1; k < end; k++)
    if (run.seen[k]) {
      const at = k - from;
      seen++;
      if (!parts?.has(at)) between = false;
      [by2, by3, by4] = [by2 && at % 2 === 0, by3 && at % 3 === 0, by4 && at % 4 === 0];
      // Wide gaps (two or three spaces) only where every gap is that same one: a form padding its groups, not
      // a table's columns of dates and amounts.
      const w = run.wide[k] ?? 0;
      if (wide !== undefined && w !== wide && (w > 0 || wide > 0)) return false;
      wide = w;
    }
  if (seen === 0 && !alone) return true;
  // Groups of 2, 3 or 4, all of them, only for the whole number: a row of dates (4-2-2 4-2-2) or counts without
  // a check character would too often make one.
  const everyK = (k: number, by: boolean) => by && seen === Math.floor((length - 1) / k);
  const grouped = length === 18 && (everyK(2, by2) || everyK(3, by3) || everyK(4, by4));
  return standsAlone && (between || grouped || seen === length - 1);
}

/**
 * The ID number `text` is, folded to ASCII (`ｘ` → `X`), when it holds nothing but one number written in one of
 * these ways (and separators around it); undefined otherwise. The ID reader reads this, so that every writing it
 * accepts is one the mask finds.
 * @example idWritten("6401 2119 8506 1500 18") // "640121198506150018"
 */
export function idWritten(text: string): string | undefined {
  if (text.includes("\\")) return undefined;
  const runs = idRuns(text);
  const run = runs[0];
  if (runs.length !== 1 || !run) return undefined;
  const first = run.at[0] as number;
  const last = run.at[run.at.length - 1] as number;
  if (withoutIdSeparators(text.slice(0, first)) !== "" || withoutIdSeparators(text.slice(last + 1)) !== "")
    return undefined;
  return writtenAsOne(run, 0, run.chars.length, true) ? run.chars : undefined;
}
