import { type Message, message } from "../messages/index.js";
import { folded } from "../profile/factText.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { cellRaw } from "./cellValue.js";
import type { Column } from "./columns.js";
import { isUncomputedFormula } from "./inputs/uncomputedFormula.js";
import { countsYearsIntoMonths } from "./yearsHeader.js";

// What a cell of a table (a CSV or a workbook) says that the same text in a profile would not: the marks a
// spreadsheet leaves on a value it changed. Checked before any reader sees the row.

/** A cell the readers must not see, the column it is in and why, with the problem's code. */
export interface CellFault {
  readonly column: Column;
  readonly code: string;
  readonly says: Message;
}

const idColumns = new WeakMap<readonly Column[], readonly Column[]>();

function idColumnsOf(columns: readonly Column[], catalogue: FieldCatalogue): readonly Column[] {
  let found = idColumns.get(columns);
  if (!found) {
    found = columns.filter((c) => c.field && catalogue.fields.get(c.field)?.type === "id-number");
    idColumns.set(columns, found);
  }
  return found;
}

// An ID number kept by a spreadsheet as a number has 15 significant digits; written out as text again (a number
// format `0`, a CSV export) its last three are zeros, and about one birth date in eleven then passes the checksum
// with a sex digit of 0 (a woman). The sequence 000 is not issued: such a cell is that loss.
const ZEROED_TAIL = /^\d{15}000$/;

/** The first fault of a table row's cells, or undefined when the readers may read them. */
export function cellFault(
  cells: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
): CellFault | undefined {
  for (const column of columns)
    if (column.field && isUncomputedFormula(cells[column.index - 1]))
      return { column, code: "profile/type", says: message("batch/formulaNoValue") };
  for (const column of idColumnsOf(columns, catalogue)) {
    const raw = cellRaw(cells[column.index - 1]);
    if (typeof raw === "string" && ZEROED_TAIL.test(folded(raw).replace(/[\s-]/g, "")))
      return { column, code: "profile/id-number", says: message("fact/id-zeroed-tail") };
  }
  return undefined;
}

const PLAIN_NUMBER = /^\s*\d+(\.\d+)?\s*$/;

const yearColumns = new WeakMap<readonly Column[], readonly Column[]>();

/**
 * A row's cells as the readers are to read them: a plain number under a header that counts in years, in a field
 * counted in months, is that many years (`8` → `8年`), which the reader turns into months and says back
 * (`"8年" 按96个月计`) — never 8 months. The row itself when no such column has such a cell.
 */
export function cellsAsRead(
  cells: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
): readonly unknown[] {
  let years = yearColumns.get(columns);
  if (!years) {
    years = columns.filter((c) => countsYearsIntoMonths(c.header, c.field, catalogue));
    yearColumns.set(columns, years);
  }
  let read: unknown[] | undefined;
  for (const column of years) {
    const raw = cellRaw(cells[column.index - 1]);
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? folded(raw) : undefined;
    if (text === undefined || !PLAIN_NUMBER.test(text)) continue;
    read ??= [...cells];
    read[column.index - 1] = `${text.trim()}年`;
  }
  return read ?? cells;
}
