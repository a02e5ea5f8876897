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
// (a quoted value), `\200e ` (a CSS string). An escape of a separator is that separator.
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([0-9a-fA-F]{1,6}) |(t))/y;

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

/**
 * Where the separator between two characters of an ID ends, from `at`, and whether a person sees it: any number of
 * invisible marks, around at most a space, a dash or two, and a space (`640121 - 19850615`, `640121——19850615`).
 * More is not one number written in parts.
 */
function gapAt(text: string, at: number): { end: number; visible: boolean } {
  let end = at;
  let [spacesBefore, dashes, spacesAfter] = [0, 0, 0];
  for (let sep = separatorAt(text, end); sep; sep = separatorAt(text, end)) {
    if (sep.kind === "space") {
      if ((dashes === 0 ? spacesBefore : spacesAfter) > 0) break;
      if (dashes === 0) spacesBefore++;
      else spacesAfter++;
    } else if (sep.kind === "dash") {
      if (dashes === 2 || spacesAfter > 0) break;
      dashes++;
    }
    end += sep.length;
  }
  return { end, visible: spacesBefore + dashes > 0 };
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
 * `at[k]` where character k stands in the text, `seen[k]` whether a separator a person sees comes before it.
 */
export interface IdRun {
  readonly chars: string;
  readonly at: readonly number[];
  readonly seen: readonly boolean[];
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
    let next = i + 1;
    for (;;) {
      const gap = gapAt(text, next);
      const c = gap.end < text.length ? idCharAt(text, gap.end) : undefined;
      if (!c || (!c.digit && chars.length < 17)) break;
      chars += c.char;
      at.push(gap.end);
      seen.push(gap.visible);
      next = gap.end + 1;
      if (!c.digit) break;
    }
    runs.push({ chars, at, seen });
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
