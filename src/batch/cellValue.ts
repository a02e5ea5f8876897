/**
 * What a cell holds, as a profile document would: its text as written (CSV, a text cell), or the number,
 * date or yes/no the spreadsheet stored; undefined for an empty cell (unknown). exceljs wraps formulas,
 * rich text and hyperlinks; a reader giving `{ text, value }` is read by its typed value when it has one.
 */
export function cellRaw(cell: unknown): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string") return cell.trim() ? cell : undefined;
  if (typeof cell !== "object" || cell instanceof Date) return cell;
  const o = cell as { result?: unknown; richText?: { text: string }[]; text?: unknown; value?: unknown };
  if ("result" in o) return cellRaw(o.result);
  if (Array.isArray(o.richText)) return cellRaw(o.richText.map((r) => r.text).join(""));
  if ("value" in o && (typeof o.value === "number" || o.value instanceof Date)) return o.value;
  if ("text" in o) return cellRaw(o.text);
  return cell;
}

/** A list of records is written in its cell as JSON (`[{"contractMonths": 12}]`); anything else is refused as not a list. */
export function recordsCell(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
