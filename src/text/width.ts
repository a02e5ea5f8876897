import { createRequire } from "node:module";
import { maskIdNumbersIn } from "./idMask.js";

// Text sized for a terminal: lines wrapped by display width (a CJK character takes two columns), never
// inside a character or a colour code. Below the CLI, so that batch reports fit tables too.

/**
 * Columns of one UTF-16 unit that stands alone as a character of known width — printable ASCII, Latin-1,
 * common punctuation and arrows, box drawing, CJK ideographs, kana and full-width forms — as string-width
 * counts it (ambiguous width narrow); -1 for any other (emoji, combining marks, surrogates, other scripts).
 * None of these joins a neighbour into one grapheme, so a text of them is measured unit by unit.
 */
function knownWidth(c: number): number {
  if (c >= 0x20 && c < 0x7f) return 1;
  // Chinese first: most of what butie prints past ASCII, and every range below is under U+3000. (Each check costs
  // at every character of every measured line, uncompiled at start.)
  if (c >= 0x3000) return isWideCjk(c) ? 2 : -1;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return c === 0x1b ? -1 : 0; // control characters take none
  if (c < 0x100) return c === 0xad || c === 0xa9 || c === 0xae ? -1 : 1; // ©, ® are emoji; soft hyphen none
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x2193) || c === 0x2264 || c === 0x2265) return 1;
  if (c >= 0x2500 && c <= 0x257f) return 1;
  // The marks the output uses: ✓ ✗ ✘ are text, ⚠ and ✔ are emoji (two columns).
  if (c === 0x2713 || c === 0x2717 || c === 0x2718) return 1;
  if (c === 0x26a0 || c === 0x2714) return 2;
  return -1;
}

/** CJK ideographs, kana, CJK and full-width punctuation (from U+3000 on): two columns each. */
function isWideCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3000 && c <= 0x303e) ||
    (c >= 0xff01 && c <= 0xff60) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

// Built from a string: a literal control character in a regex is easy to mistake for a typo.
const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`(${ESC}\\[[0-9;]*m)`);
const ANSI_AT = new RegExp(`${ESC}\\[[0-9;]*m`, "y");

/** Columns of a text made only of characters of known width and colour codes; -1 when it holds another. */
function knownTextWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      ANSI_AT.lastIndex = i;
      if (!ANSI_AT.test(text)) return -1;
      i = ANSI_AT.lastIndex - 1;
      continue;
    }
    const w = knownWidth(c);
    if (w < 0) return -1;
    width += w;
  }
  return width;
}

// string-width compiles emoji-regex and builds an Intl.Segmenter when loaded (~a fifth of a start): loaded only
// for a text that needs it, from node_modules (Node ≥ 20.19 requires an ES module synchronously).
let stringWidth: ((text: string) => number) | undefined;
let segmenter: Intl.Segmenter | undefined;
function library(): (text: string) => number {
  stringWidth ??= (createRequire(import.meta.url)("string-width") as { default: (t: string) => number })
    .default;
  return stringWidth;
}

/** Columns a string takes on screen (colour codes take none). */
export function displayWidth(text: string): number {
  const known = knownTextWidth(text);
  return known >= 0 ? known : library()(text);
}

/** Characters and colour codes of a line, in order; colour codes are never split or counted. */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (const part of line.split(ANSI)) {
    if (!part) continue;
    if (ANSI.test(part)) out.push(part);
    else if (knownTextWidth(part) >= 0) for (let i = 0; i < part.length; i++) out.push(part.charAt(i));
    else {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
      for (const { segment } of segmenter.segment(part)) out.push(segment);
    }
  }
  return out;
}

/** Marks a line may not start with (禁则): a line may not break before them, so the character before comes down. */
const CLOSING = new Set([..."）)」』》】〕，。；、：！？”’…,.;:!?"]);
/** Marks a line may not end with: a line may not break after them, so the mark goes down with what it opens. */
const OPENING = new Set([..."（(「『《【〔“‘"]);

/**
 * Wrap one line to `width` columns. Continuation lines start with `indent` (by default the line's own leading
 * spaces plus two). Latin words break at spaces; CJK text may break between any two characters, but never before
 * closing punctuation or after opening punctuation.
 */
export function wrapLine(text: string, width: number, indent?: string): string[] {
  // Masked before it is cut: a break inside an ID number would leave both halves too short to be recognised.
  const line = maskIdNumbersIn(text);
  if (displayWidth(line) <= width) return [line];
  const lead = indent ?? `${/^ */.exec(line)?.[0] ?? ""}  `;
  const out: string[] = [];
  let current: string[] = [];
  let used = 0;
  // Where the line may break: after a space, and before or after a wide (CJK) character — never inside a
  // latin word or a number.
  let lastBreak = -1;
  let previous = "";
  // Each token is measured once: at start every measure runs uncompiled, and wrapping is most of a start's measuring.
  let previousWide = false;
  const leadWidth = displayWidth(lead);
  const flush = (upTo: number) => {
    out.push(current.slice(0, upTo).join("").trimEnd());
    const carry = current.slice(upTo).join("").replace(/^ +/, "");
    current = lead ? [lead, ...tokens(carry)] : tokens(carry);
    used = displayWidth(current.join(""));
    lastBreak = -1;
  };
  const minimum = lead ? 1 : 0;
  for (const t of tokens(line)) {
    const colour = ANSI.test(t);
    const w = colour ? 0 : displayWidth(t);
    if (
      !colour &&
      !CLOSING.has(t) &&
      !OPENING.has(previous) &&
      (t === " " || previous === " " || w > 1 || previousWide)
    )
      lastBreak = current.length;
    if (used + w > width && used > leadWidth) {
      if (t === " ") {
        flush(current.length);
        previous = t;
        previousWide = false;
        continue;
      }
      flush(lastBreak > minimum ? lastBreak : current.length);
    }
    current.push(t);
    used += w;
    if (!colour) {
      previous = t;
      previousWide = w > 1;
    }
  }
  out.push(current.join("").trimEnd());
  return out.filter((l, i) => i === 0 || l.trim() !== "");
}

/** Wrap every line of a text to `width` columns. */
export function fitLines(text: string, width: number): string {
  return text
    .split("\n")
    .flatMap((l) => wrapLine(l, width))
    .join("\n");
}

/**
 * A boxed table no wider than `width`: columns keep their natural width when they fit; otherwise the widest
 * columns give way, and each cell is wrapped by display width. Drawn here rather than by cli-table3 so that
 * padding is measured with the same display widths as the wrapping.
 */
export function fittedTable(
  head: string[],
  rows: string[][],
  width: number,
  /** Columns that should not be narrower than this (e.g. program ids, which read badly broken). */
  minWidths: readonly number[] = [],
): string {
  const cols = head.length;
  const natural = head.map((h, i) =>
    Math.max(...[h, ...rows.map((r) => r[i] ?? "")].flatMap((c) => c.split("\n").map(displayWidth))),
  );
  // Each column adds a border and one space of padding on each side.
  const room = width - (cols + 1) - 2 * cols;
  const widths = shrink(natural, Math.max(room, cols * 4), minWidths);
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => "─".repeat(w + 2)).join(m)}${r}`;
  const line = (cells: string[]) => {
    const wrapped = cells.map((c, i) => c.split("\n").flatMap((l) => wrapLine(l, widths[i] as number, "")));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) => {
      const parts = wrapped.map((w, i) => {
        const text = w[k] ?? "";
        return ` ${text}${" ".repeat(Math.max(0, (widths[i] as number) - displayWidth(text)))} `;
      });
      return `│${parts.join("│")}│`;
    });
  };
  const out = [rule("┌", "┬", "┐"), ...line(head)];
  for (const r of rows) out.push(rule("├", "┼", "┤"), ...line(r));
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

/** Take columns from the widest first until the total fits `room`. */
function shrink(natural: number[], room: number, minWidths: readonly number[]): number[] {
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  while (total > room) {
    const floor = (i: number) => Math.min(natural[i] as number, Math.max(4, minWidths[i] ?? 0));
    const give = widths.map((w, i) => (w > floor(i) ? w : -1));
    const widest = give.indexOf(Math.max(...give));
    if ((give[widest] as number) < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
  return widths;
}
