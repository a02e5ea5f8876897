/* Where a YAML syntax error's line shows a mistake people make, for the hint beside the parser's message. */

/**
 * Whether the line of a syntax error holds a `{name}` placeholder outside quotes: inside a flow map
 * (`text: { zh: 满{n}个月 }`) YAML reads its brace as a nested map, and quoting the text is the fix.
 */
export function unquotedBraces(text: string, offset: number): boolean {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  const line = text.slice(start, end < 0 ? undefined : end).replace(/"[^"]*"|'[^']*'/g, "");
  return /[^\s:{,[]\{[^{}\s:,]+\}/.test(line);
}

/** Whether the line at `offset`, or the one before it (the parser stops after it), holds a full-width colon. */
export function fullWidthColonNear(text: string, offset: number): boolean {
  const start = text.lastIndexOf("\n", Math.max(0, text.lastIndexOf("\n", offset - 1) - 1)) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? undefined : end).includes("：");
}
