import Big from "big.js";
import { type Message, message } from "../messages/index.js";
import { folded } from "../profile/factText.js";
import type { FieldCatalogue } from "../profile/fields.js";
import { cellRaw } from "./cellValue.js";
import type { Column } from "./columns.js";
import { type HeaderUnit, headerUnit } from "./headerUnit.js";
import { isPartialDate } from "./inputs/partialDate.js";
import { isUncomputedFormula } from "./inputs/uncomputedFormula.js";

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
  for (const column of columns) {
    const cell = cells[column.index - 1];
    if (column.field && isUncomputedFormula(cell))
      return { column, code: "profile/type", says: message("batch/formulaNoValue") };
    if (isUnitFault(cell)) return { column, code: "profile/type", says: cell.unitFault };
    if (isPartialDate(cell))
      return {
        column,
        code: "profile/date",
        says: message("batch/partialDate", { shown: cell.partialDate }),
      };
  }
  for (const column of idColumnsOf(columns, catalogue)) {
    const raw = cellRaw(cells[column.index - 1]);
    if (typeof raw === "string" && ZEROED_TAIL.test(folded(raw).replace(/[\s-]/g, "")))
      return { column, code: "profile/id-number", says: message("fact/id-zeroed-tail") };
  }
  return undefined;
}

const PLAIN_NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/** A cell whose number, converted from the header's unit, is no value the field takes: said as written. */
type UnitFault = { readonly unitFault: Message };
const isUnitFault = (cell: unknown): cell is UnitFault =>
  typeof cell === "object" && cell !== null && "unitFault" in cell;

type UnitColumn = {
  readonly column: Column;
  readonly unit: HeaderUnit & { factor: number };
  readonly into: string;
  readonly whole: boolean;
};
const unitColumns = new WeakMap<readonly Column[], readonly UnitColumn[]>();

/** The columns whose header names a unit read into their field's by an exact factor (`headerUnit`). */
export function convertedColumns(
  columns: readonly Column[],
  catalogue: FieldCatalogue,
): readonly UnitColumn[] {
  let found = unitColumns.get(columns);
  if (!found) {
    const list: UnitColumn[] = [];
    for (const column of columns) {
      const unit = headerUnit(column.header, column.field, catalogue);
      const def = column.field ? catalogue.fields.get(column.field) : undefined;
      if (unit?.factor !== undefined && def)
        list.push({
          column,
          unit: { word: unit.word, factor: unit.factor },
          into: def.unit ?? "",
          whole: def.type === "integer",
        });
    }
    found = list;
    unitColumns.set(columns, found);
  }
  return found;
}

/**
 * A row's cells as the readers are to read them: a plain number under a header that names another unit than its
 * field's is converted exactly — years into months as `8年`, which the reader turns into 96 months and says back;
 * 万元 into yuan ×10000 (said once for the column). A number that converts to no whole count (`0.9` years, 10.8
 * months) is refused as written. The row itself when no such column has such a cell.
 */
export function cellsAsRead(
  cells: readonly unknown[],
  columns: readonly Column[],
  catalogue: FieldCatalogue,
): readonly unknown[] {
  let read: unknown[] | undefined;
  for (const { column, unit, into, whole } of convertedColumns(columns, catalogue)) {
    const raw = cellRaw(cells[column.index - 1]);
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? folded(raw) : undefined;
    if (text === undefined || !PLAIN_NUMBER.test(text)) continue;
    read ??= [...cells];
    const value = new Big(text.trim()).times(unit.factor);
    const converted = value.toString();
    if (whole && !value.round(0, Big.roundDown).eq(value)) {
      const says = message("batch/unitNotWhole", { value: text.trim(), word: unit.word, converted, into });
      read[column.index - 1] = { unitFault: says } satisfies UnitFault;
    } else read[column.index - 1] = unit.word === "年" ? `${text.trim()}年` : converted;
  }
  return read ?? cells;
}
