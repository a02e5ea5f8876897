import stringWidth from "string-width";
import { maskIdNumbersIn } from "./idMask.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes take no columns
const COLOUR = /^\u001b\[[0-9;]*m/;

/** Columns one grapheme takes; ASCII and common CJK without calling string-width, which is the slow part. */
function columns(g: string): number {
  const c = g.charCodeAt(0);
  if (g.length === 1 && c >= 0x20 && c < 0x7f) return 1;
  if (
    g.length === 1 &&
    ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60))
  )
    return 2;
  return stringWidth(g);
}

/**
 * Wrap one line to `width` display columns in time linear in its length (each grapheme is measured once):
 * CJK text breaks between any two characters, latin text at the last space, colour codes are never split
 * and take no columns. Continuation lines start with `indent`. For renderers (a 20,000-character title).
 * ID numbers are masked first: once split over two lines, no later guard would recognise one.
 */
export function wrapByWidth(text: string, width: number, indent = ""): string[] {
  const line = maskIdNumbersIn(text);
  const out: string[] = [];
  const lead = columns(" ") * indent.length;
  let current = "";
  let used = 0;
  // Where the current line could break at a space: its text length and columns up to there.
  let space = -1;
  let spaceUsed = 0;
  const graphemes: string[] = [];
  for (let i = 0; i < line.length; ) {
    const colour = COLOUR.exec(line.slice(i, i + 16));
    if (colour) {
      graphemes.push(colour[0]);
      i += colour[0].length;
      continue;
    }
    // Segment a bounded window at a time so a long line is never re-scanned.
    const window = line.slice(i, i + 64);
    const stop = window.indexOf("\u001b");
    const part = stop > 0 ? window.slice(0, stop) : window;
    const segments = [...segmenter.segment(part)].map((s) => s.segment);
    // The last grapheme of a window may continue past it; take it again with the next window.
    const keep = segments.length > 1 && i + part.length < line.length ? segments.slice(0, -1) : segments;
    graphemes.push(...keep);
    i += keep.reduce((n, g) => n + g.length, 0);
  }
  for (const g of graphemes) {
    const w = COLOUR.test(g) ? 0 : columns(g);
    if (used + w > width && used > lead) {
      if (g === " ") {
        out.push(current);
        current = indent;
        used = lead;
        space = -1;
        continue;
      }
      if (space > 0 && w === 1) {
        out.push(current.slice(0, space));
        current = indent + current.slice(space + 1);
        used = lead + used - spaceUsed - 1;
      } else {
        out.push(current);
        current = indent;
        used = lead;
      }
      space = -1;
    }
    if (g === " ") {
      space = current.length;
      spaceUsed = used;
    } else if (w > 1) space = -1;
    current += g;
    used += w;
  }
  out.push(current);
  return out.map((l) => l.trimEnd());
}
