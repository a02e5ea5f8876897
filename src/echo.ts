import { LIMITS } from "./limits.js";

/** How many characters of a user's value a message quotes back before cutting it with an ellipsis. */
export const ECHO_MAX_LENGTH = LIMITS.echoChars;

// C0 controls, DEL and C1 controls (which some terminals obey as escape sequences).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what we escape
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Control characters as visible escapes (`\x1b`, `\n`), so quoted text cannot move the cursor or start a line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`.replace(/^\\x(\w{4})$/, "\\u$1");
  });
}

/** A user's text cut to ECHO_MAX_LENGTH characters (then `…(+n)`), control characters escaped; no quotes. */
export function clip(text: string): string {
  const chars = [...text];
  if (chars.length <= ECHO_MAX_LENGTH) return escapeControl(text);
  return escapeControl(`${chars.slice(0, ECHO_MAX_LENGTH).join("")}…(+${chars.length - ECHO_MAX_LENGTH})`);
}

/**
 * A user's value as a message quotes it: control characters escaped, at most ECHO_MAX_LENGTH characters
 * (then `…` and how many more). Strings are quoted; other values are shown as JSON.
 */
export function echo(value: unknown): string {
  const text = typeof value === "string" ? value : (safeJson(value) ?? String(value));
  const shown = clip(text);
  return typeof value === "string" ? `"${shown}"` : shown;
}

function safeJson(value: unknown): string | undefined {
  try {
    // Only the start is shown, so a huge list is not serialised whole.
    if (Array.isArray(value) && value.length > ECHO_MAX_LENGTH)
      return `${JSON.stringify(value.slice(0, ECHO_MAX_LENGTH)).slice(0, -1)},…]`;
    return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v));
  } catch {
    return undefined;
  }
}
