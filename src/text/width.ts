import stringWidth from "string-width";

// Text sized for a terminal: lines wrapped by display width (a CJK character takes two columns), never
// inside a character or a colour code. Below the CLI, so that batch reports fit tables too.

/** Columns a string takes on screen (colour codes take none). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// Built from a string: a literal control character in a regex is easy to mistake for a typo.
const ANSI = new RegExp(`(${String.fromCharCode(27)}\\[[0-9;]*m)`);

/** Characters and colour codes of a line, in order; colour codes are never split or counted. */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (const part of line.split(ANSI)) {
    if (!part) continue;
    if (ANSI.test(part)) out.push(part);
    else for (const { segment } of segmenter.segment(part)) out.push(segment);
  }
  return out;
}

const isWide = (t: string) => stringWidth(t) > 1;

/**
 * Wrap one line to `width` columns. Continuation lines start with `indent` (by default the line's own leading
 * spaces plus two). Latin words break at spaces; CJK text may break between any two characters.
 */
export function wrapLine(line: string, width: number, indent?: string): string[] {
  if (displayWidth(line) <= width) return [line];
  const lead = indent ?? `${/^ */.exec(line)?.[0] ?? ""}  `;
  const out: string[] = [];
  let current: string[] = [];
  let used = 0;
  // Where the line may break: after a space, and before or after a wide (CJK) character — never inside a
  // latin word or a number.
  let lastBreak = -1;
  let previous = "";
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
    const w = colour ? 0 : stringWidth(t);
    if (!colour && (t === " " || previous === " " || isWide(t) || isWide(previous)))
      lastBreak = current.length;
    if (used + w > width && used > displayWidth(lead)) {
      if (t === " ") {
        flush(current.length);
        previous = t;
        continue;
      }
      flush(lastBreak > minimum ? lastBreak : current.length);
    }
    current.push(t);
    used += w;
    if (!colour) previous = t;
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
