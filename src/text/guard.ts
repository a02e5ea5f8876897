import { maskIdNumber, maskIdNumbersIn, mayHoldIdNumber } from "./idMask.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Colour (SGR), what chalk writes wherever colour is on (a terminal, or FORCE_COLOR into a pipe).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const COLOUR_OR_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// On a terminal, also what a prompt or a progress bar draws with: cursor moves, erasing a line or below,
// showing and hiding the cursor, carriage returns. Never a screen clear, a cursor jump, a title or a bell.
const TERMINAL_OR_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
  /\u001b\[(?:[0-9;]*m|\d*[ABCDEFGK]|[01]?J|\?25[hl])|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g;

const escaped = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
const keepSequence = (c: string) => (c.length > 1 ? c : escaped(c));

/**
 * What may reach a terminal or file from butie: ID numbers masked, and every control character other
 * than newline and tab (cursor moves, screen clears, carriage returns, title changes) shown as `\xNN`.
 * `terminal`: `"colour"` (FORCE_COLOR into a pipe) lets colour codes pass; `true` (a terminal, where prompts
 * and progress bars draw) also cursor moves, line erasing and carriage returns. Text read from input files has
 * its control characters made visible when read (YamlSource), so it cannot use these either.
 */
export function guardOutput(text: string, terminal: boolean | "colour" = false): string {
  return mayNeedGuard(text) ? guardFully(text, terminal) : text;
}

/** `guardOutput` without the fast pre-check: every regex over the whole text. */
export function guardFully(text: string, terminal: boolean | "colour" = false): string {
  const masked = maskIdNumbersIn(text);
  if (terminal === true) return masked.replace(TERMINAL_OR_CONTROL, keepSequence);
  if (terminal === "colour") return masked.replace(COLOUR_OR_CONTROL, keepSequence);
  return masked.replace(CONTROL, escaped);
}

// What the guard's regexes could change: a control character (every one they match is in C0 other than tab and
// newline, DEL or C1).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const MAY_NEED_GUARD = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Whether `text` may hold an ID number or a control character: false only when every regex of `guardFully` would
 * leave it as it is. Most output (batch records, tables) is words, amounts and dates: one regex test instead of
 * a full scan (half the CPU on batch output).
 */
export function mayNeedGuard(text: string): boolean {
  return MAY_NEED_GUARD.test(text) || mayHoldIdNumber(text);
}

const GUARDED = new WeakSet<Uint8Array>();

/**
 * Output bytes whose every piece was made safe where it was made (ID numbers masked, controls escaped: batch's
 * NDJSON records, src/batch/recordBytes.ts), marked so that the stdout guard writes them as they are instead of
 * decoding and scanning them again.
 */
export function guardedBytes(bytes: Uint8Array): Buffer {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  GUARDED.add(buffer);
  return buffer;
}

/** Whether `chunk` is output marked by `guardedBytes`. */
export function isGuardedBytes(chunk: unknown): chunk is Buffer {
  return chunk instanceof Uint8Array && GUARDED.has(chunk);
}

// DEL and the C1 controls: the only control characters JSON.stringify leaves unescaped.
const RAW_IN_JSON = /[\u007f-\u009f]/g;

/**
 * A JSON text (a document or NDJSON lines) with DEL and C1 controls written as `\u00NN`, as JSON.stringify writes
 * C0 ones: valid JSON of the same values, and nothing left for the guard to show as `\xNN` (not a JSON escape).
 */
export function jsonControlsEscaped(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value as the JSON butie prints: `JSON.stringify`, with every control character escaped, and a number of 15
 * digits or more written as its digits masked, as text (`idSafeNumber`).
 */
export function jsonOutput(value: unknown, indent?: number): string {
  return jsonControlsEscaped(JSON.stringify(value, idSafeNumber, indent));
}

// No amount or count has 15 digits: such a number is an ID number in a numeric field (a shifted column), which a
// double has already cut to 15–17 digits. Printed as a number, the guard could not tell it from a valid one.
function idSafeNumber(_key: string, value: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) >= 1e14
    ? maskIdNumber(BigInt(Math.trunc(Math.abs(value))).toString())
    : value;
}

/** Control characters other than newline and tab as visible `\xNN`: for text read from a user's file. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, escaped);
}

// A cell a spreadsheet would run as a formula: `=HYPERLINK(…)`, `+1+1`, `-2+3`, `@SUM(…)`, or one hidden
// behind a tab or carriage return.
const FORMULA = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A text cell of CSV or Excel output made inert: one a spreadsheet would read as a formula gets a leading `'`
 * (plain numbers such as `-500.00` stay numbers); ID numbers masked; control characters other than the
 * newline between lines of one cell shown as `\xNN`.
 */
export function inertCell(text: string): string {
  const cell = FORMULA.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return guardOutput(cell).replace(/\t/g, "\\x09");
}
