import { clip } from "../../echo.js";
import { readerError } from "../../files/readerProblems.js";
import { message } from "../../messages/index.js";

// A date cell written as a moment with a time zone (.xlsx `t="d"` `2004-03-02T00:00:00+08:00`, .ods
// `office:date-value` with a zone; export libraries write them) is refused, as a profile or a CSV cell with a
// zone is: SheetJS turns it into a UTC moment, whose day is not the day written (one day early east of UTC), and
// which day a person meant — the zone's or ours — is what butie does not guess. `Z` or a zero offset is read:
// its UTC day is the day written.
const ZONED = /(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})(?=[<"'\s])/g;
const CELL_START = /<(?:[\w.-]+:)?c\b([^>]*)>/g;

/** Throw the located error for the first date cell with a non-zero zone in one XML part of a workbook. */
export function refuseZonedDateCells(xml: Buffer, part: string, file: string): void {
  const sheet = /worksheets\/[^/]*\.xml$/i.test(part);
  if (!sheet && !/(^|\/)content\.xml$/i.test(part)) return;
  const text = xml.toString("latin1");
  for (const m of text.matchAll(ZONED)) {
    if (Number(m[3]) === 0 && Number(m[4]) === 0) continue;
    const cell = sheet ? dateCellRef(text, m.index) : odsDateValue(text, m.index) ? "" : undefined;
    if (cell === undefined) continue;
    const value = m[0];
    throw readerError(file, message("file/zoned-date", { cell: clip(cell), value, day: m[1] as string }));
  }
}

/** The `r` of the `t="d"` cell whose `<v>` the text at `at` begins, "" when it has none; undefined for other text. */
function dateCellRef(text: string, at: number): string | undefined {
  if (!/<(?:[\w.-]+:)?v>$/.test(text.slice(Math.max(0, at - 40), at))) return undefined;
  const before = text.slice(Math.max(0, at - 2000), at);
  let attributes: string | undefined;
  for (const m of before.matchAll(CELL_START)) attributes = m[1];
  if (attributes === undefined || !/\st="d"/.test(attributes)) return undefined;
  return /\sr="([^"]*)"/.exec(attributes)?.[1] ?? "";
}

/** Whether the text at `at` is the value of an OpenDocument `date-value` attribute. */
const odsDateValue = (text: string, at: number) => text.slice(Math.max(0, at - 12), at) === 'date-value="';
