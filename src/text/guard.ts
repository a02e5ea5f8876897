import { maskIdNumbersIn } from "./idMask.js";

// On a terminal, control sequences (CSI: colours, and the cursor moves of an interactive prompt) and carriage
// returns are butie's own and pass; any other control character (a title change, a bell, a NUL) never does.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL_OR_CSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal controls is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;

/**
 * What may reach a terminal or file from butie: ID numbers masked, and every control character other
 * than newline and tab (cursor moves, screen clears, carriage returns, title changes) shown as `\xNN`.
 * With `terminal` (output to a terminal, where colour and prompts draw), CSI sequences and carriage
 * returns pass. Values quoted in messages are escaped before (`echo`), so they cannot use this either.
 */
export function guardOutput(text: string, terminal = false): string {
  const masked = maskIdNumbersIn(text);
  if (!terminal) return masked.replace(CONTROL, escaped);
  return masked.replace(CONTROL_OR_CSI, (c) => (c.length > 1 ? c : escaped(c)));
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
