// The text of workbook XML as SheetJS reads it (the agreement test holds the streaming reader to it): entities,
// Excel's `_xHHHH_` escapes, CRLF as one line break, and a rich-text string's runs joined, phonetic runs left out.

const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const NAMED: Record<string, string> = {
  "&quot;": '"',
  "&apos;": "'",
  "&gt;": ">",
  "&lt;": "<",
  "&amp;": "&",
};
const CODE = /_x([\da-fA-F]{4})_/gi;

/** XML text with its entities and `_xHHHH_` escapes resolved. */
export function unescapeXml(text: string): string {
  let s = text;
  if (s.includes("&"))
    s = s.replace(
      ENTITY,
      (all, code: string | undefined) =>
        NAMED[all.toLowerCase()] ??
        (String.fromCharCode(Number.parseInt(code ?? "", all.includes("x") || all.includes("X") ? 16 : 10)) ||
          all),
    );
  if (s.includes("_x") || s.includes("_X"))
    s = s.replace(CODE, (_, c: string) => String.fromCharCode(Number.parseInt(c, 16)));
  return s;
}

/** A cell's text: unescaped, its CRLF line breaks as one break. */
export function cellText(text: string): string {
  const s = unescapeXml(text);
  return s.includes("\r\n") ? s.replace(/\r\n/g, "\n") : s;
}

const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (`<si>` of the shared strings, `<is>` of an inline string); undefined when none. */
export function stringItem(xml: string): string | undefined {
  if (!xml) return "";
  if (PLAIN.test(xml)) {
    const start = xml.indexOf(">") + 1;
    const end = xml.search(/<\/(?:\w+:)?t>/);
    return cellText(end < 0 ? xml.slice(start) : xml.slice(start, end));
  }
  if (!RUN.test(xml)) return undefined;
  let joined = "";
  for (const m of xml.replace(PHONETIC, "").matchAll(RUN_TEXT)) joined += m[1];
  return cellText(joined);
}
