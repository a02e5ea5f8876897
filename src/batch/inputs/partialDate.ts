// A date cell whose number format shows no day (or no year): what Excel stores when a clerk types 2004年3月 or
// 2004-3 — the 1st of that month, shown as a year and month. The day was never given, so the cell is refused as
// the same text in a CSV is, never read as the 1st.

/** The cell of a date whose format leaves out a part of it: what the spreadsheet shows. */
export type PartialDate = { readonly partialDate: string };

/** Whether a cell is a `PartialDate` (or its copy made by a worker thread). */
export function isPartialDate(cell: unknown): cell is PartialDate {
  return typeof cell === "object" && cell !== null && "partialDate" in cell;
}

// Built-in formats without a day or a year, as a Chinese (zh-CN) Excel shows them (ECMA-376 §18.8.30): 16 d-mmm,
// 17 mmm-yy; 27, 36, 50, 52, 57 yyyy"年"m"月"; 28, 29, 51, 53, 54, 58 m"月"d"日".
const YEAR_MONTH = 'yyyy"年"m"月"';
const MONTH_DAY = 'm"月"d"日"';
const PARTIAL_BUILTIN = new Map<number, string>([
  [16, "d-mmm"],
  [17, "mmm-yy"],
  ...[27, 36, 50, 52, 57].map((id) => [id, YEAR_MONTH] as [number, string]),
  ...[28, 29, 51, 53, 54, 58].map((id) => [id, MONTH_DAY] as [number, string]),
]);

/** The code of a built-in date format that shows no day or no year; undefined for the others. */
export function partialBuiltinFormat(id: number): string | undefined {
  return PARTIAL_BUILTIN.get(id);
}

type Token = { kind: "year" | "month" | "day" | "time" | "text"; text: string };

/** The first section of a number format as date parts and literal text (quotes, escapes and brackets read). */
function tokens(fmt: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < fmt.length) {
    const c = fmt.charAt(i);
    if (c === ";") break;
    if (c === '"') {
      const end = fmt.indexOf('"', i + 1);
      out.push({ kind: "text", text: fmt.slice(i + 1, end < 0 ? fmt.length : end) });
      i = end < 0 ? fmt.length : end + 1;
    } else if (c === "\\") {
      out.push({ kind: "text", text: fmt.charAt(i + 1) });
      i += 2;
    } else if (c === "[") {
      const end = fmt.indexOf("]", i);
      if (/^\[[hms]+\]$/i.test(fmt.slice(i, end + 1))) out.push({ kind: "time", text: "" });
      i = end < 0 ? fmt.length : end + 1;
    } else if (c === "_" || c === "*") i += 2;
    else if (/[ymdehs]/i.test(c)) {
      let j = i;
      while (fmt.charAt(j).toLowerCase() === c.toLowerCase()) j++;
      const letter = c.toLowerCase();
      const kind =
        letter === "y" || letter === "e"
          ? "year"
          : letter === "d"
            ? "day"
            : letter === "m"
              ? "month"
              : "time";
      out.push({ kind, text: fmt.slice(i, j).toLowerCase() });
      i = j;
    } else {
      out.push({ kind: "text", text: c });
      i++;
    }
  }
  // An m beside an hour or a second is minutes.
  for (let k = 0; k < out.length; k++) {
    const t = out[k] as Token;
    if (t.kind !== "month") continue;
    const before = out
      .slice(0, k)
      .reverse()
      .find((x) => x.kind !== "text");
    const after = out.slice(k + 1).find((x) => x.kind !== "text");
    if (before?.text.startsWith("h") || after?.text.startsWith("s")) t.kind = "time";
  }
  return out;
}

/**
 * Whether a date format shows a day of a year but leaves out the day or the year (`yyyy"年"m"月"`, `yyyy-mm`,
 * `yyyy`, `m"月"d"日"`). A time of day only (`h:mm`) is no day of any year: not partial.
 */
export function isPartialDateFormat(fmt: string): boolean {
  const ts = tokens(fmt);
  const has = (kind: Token["kind"]) =>
    ts.some((t) => t.kind === kind && !(kind === "day" && t.text.length > 2));
  if (has("time") || !(has("year") || has("month") || has("day"))) return false;
  return !(has("year") && has("month") && has("day"));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as a format shows it (its first section): `2004年3月`, `2004-03`, `3月1日`. */
export function shownDate(date: Date, fmt: string): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return tokens(fmt)
    .map((t) => {
      if (t.kind === "year") return t.text === "yy" || t.text === "y" ? pad(y % 100) : String(y);
      if (t.kind === "month")
        return t.text.length === 1 ? String(m + 1) : t.text.length === 2 ? pad(m + 1) : MONTHS[m];
      if (t.kind === "day") return t.text.length === 1 ? String(d) : pad(d);
      return t.text;
    })
    .join("")
    .trim();
}

/** A date cell as read: the date, or what the cell shows when its format leaves out the day or the year. */
export function dateCell(date: Date | string, fmt: string | undefined): Date | string | PartialDate {
  if (fmt === undefined || typeof date === "string" || !isPartialDateFormat(fmt)) return date;
  return { partialDate: shownDate(date, fmt) };
}
