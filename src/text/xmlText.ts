const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls XML 1.0 forbids are what is matched
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that XML 1.0 allows, for every XML file butie writes (the .xlsx results, JUnit reports): a character it
 * forbids (a C0 control other than tab, newline and carriage return; U+FFFE, U+FFFF; a lone surrogate) makes the
 * whole file unreadable (Excel "repairs" it, CI rejects it), so it is shown instead, as the output guard shows
 * controls: `\xNN`, `\uNNNN`. The reader sees that something was there and what.
 */
export function xmlLegal(text: string): string {
  return text.replace(FORBIDDEN, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
