import { partialBuiltinFormat } from "../partialDate.js";
import { unescapeXml } from "./xmlText.js";

// Excel's built-in number formats that show a date or time: 14–22 and 45–47 everywhere, 27–36 and 50–58 the
// East Asian date formats (yyyy"年"m"月"d"日" and kin, written by a Chinese Excel without a <numFmt>), 71–81
// the Thai ones. A cell in one of these, or in a custom format with date letters, holds a date serial.
const BUILTIN_DATES = new Set<number>();
for (const [from, to] of [
  [14, 22],
  [27, 36],
  [45, 47],
  [50, 58],
  [71, 81],
])
  for (let id = from as number; id <= (to as number); id++) BUILTIN_DATES.add(id);

/**
 * Whether a number format shows a date or time: a date letter (y m d h s e g, B1/B2) or AM/PM outside quotes,
 * escapes and brackets, or an elapsed-time bracket ([h], [mm]). SheetJS's rule (SSF fmt_is_date), kept exact.
 */
export function isDateFormat(fmt: string): boolean {
  let i = 0;
  while (i < fmt.length) {
    const c = fmt.charAt(i);
    switch (c) {
      case "G":
        if (/^general/i.test(fmt.slice(i, i + 7))) i += 6;
        i++;
        break;
      case '"':
        while (fmt.charCodeAt(++i) !== 34 && i < fmt.length);
        i++;
        break;
      case "\\":
      case "_":
        i += 2;
        break;
      case "B":
      case "b":
      case "M":
      case "D":
      case "Y":
      case "H":
      case "S":
      case "E":
      case "m":
      case "d":
      case "y":
      case "h":
      case "s":
      case "e":
      case "g":
        return true;
      case "A":
      case "a":
      case "上": {
        if (fmt.substr(i, 3).toUpperCase() === "A/P" || fmt.substr(i, 5).toUpperCase() === "AM/PM")
          return true;
        if (fmt.substr(i, 5) === "上午/下午") return true;
        i++;
        break;
      }
      case "[": {
        let o = c;
        while (fmt.charAt(i++) !== "]" && i < fmt.length) o += fmt.charAt(i);
        if (/\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/.test(o)) return true;
        break;
      }
      case ".":
      case "0":
      case "#": {
        // Digits and their punctuation (an escaped minus between digits included) are no date letters.
        for (i++; i < fmt.length; i++) {
          const d = fmt.charAt(i);
          const escapedMinus = d === "\\" && fmt.charAt(i + 1) === "-" && "0#".includes(fmt.charAt(i + 2));
          if (!"0#?.,E+-%".includes(d) && !escapedMinus) break;
        }
        break;
      }
      case "?":
        while (fmt.charAt(++i) === c);
        break;
      case "*":
        i++;
        if (fmt.charAt(i) === " " || fmt.charAt(i) === "*") i++;
        break;
      default:
        if (c >= "1" && c <= "9") while (i < fmt.length && "0123456789".includes(fmt.charAt(++i)));
        else i++;
    }
  }
  return false;
}

/** A cell style that shows a date, with its format's code when it is a custom one or shows no day or no year. */
export type DateStyle = false | { readonly format?: string };

/** For each cell style (the `s` of a cell, an index into <cellXfs>), whether its number format is a date. */
export function dateStyles(styles: string): DateStyle[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = attr(m[1] as string, "numFmtId");
    const code = attr(m[1] as string, "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), unescapeXml(code));
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? "";
  const dates: DateStyle[] = [];
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attr(m[1] as string, "numFmtId") ?? 0);
    const code = custom.get(id) ?? partialBuiltinFormat(id);
    if (code !== undefined) dates.push(isDateFormat(code) && { format: code });
    else dates.push(BUILTIN_DATES.has(id) && {});
  }
  return dates;
}

const ATTRS = new Map<string, RegExp>();

/** An attribute's raw value in a tag's attribute text, in double or single quotes. */
export function attr(attrs: string, name: string): string | undefined {
  // The common case first, without a regular expression: ` name="value"` (a sheet has millions of these).
  const at = attrs.indexOf(`${name}="`);
  if (at > 0 && /\s/.test(attrs.charAt(at - 1))) {
    const from = at + name.length + 2;
    return attrs.slice(from, attrs.indexOf('"', from));
  }
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}
