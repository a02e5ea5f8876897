import { type Message, message } from "../messages/index.js";
import { folded } from "../profile/factText.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { cellRaw } from "./cellValue.js";
import type { Column } from "./columns.js";

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
  for (const column of idColumnsOf(columns, catalogue)) {
    const raw = cellRaw(cells[column.index - 1]);
    if (typeof raw === "string" && ZEROED_TAIL.test(folded(raw).replace(/[\s-]/g, "")))
      return { column, code: "profile/id-number", says: message("fact/id-zeroed-tail") };
  }
  return undefined;
}
