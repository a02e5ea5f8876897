import { workbookKind } from "../../../files/readerProblems.js";
import type { Message } from "../../../messages/index.js";
import { chooseSheet, type SheetChoice, type SheetRead, sheetRecords } from "../sheetShape.js";
import { readBook } from "./book.js";
import { NotStreamable, scanSheet } from "./sheetScan.js";
import { inflateChunks } from "./zip.js";

/**
 * One sheet of an .xlsx/.xlsm read as its XML unpacks (SheetJS would hold the XML text and a cell object for
 * every cell: 1.4 GB for 200,000 rows). Undefined for what SheetJS reads instead: any other format, a chart
 * sheet, prefixed XML or a cell type the scanner does not know.
 */
export async function streamSheet(
  bytes: Buffer,
  file: string,
  choice: SheetChoice,
): Promise<SheetRead | undefined> {
  if (workbookKind(bytes.subarray(0, 8)) !== "zip") return undefined;
  const book = readBook(bytes, file);
  if (!book) return undefined;
  const notes: Message[] = [];
  const names = book.sheets.map((s) => s.name);
  const { name, others } = chooseSheet(
    names,
    book.sheets.map((s) => s.hidden),
    file,
    choice,
    notes,
  );
  const part = book.sheets[names.indexOf(name)]?.part;
  if (!part) return undefined;
  try {
    const { values, merges } = await scanSheet(inflateChunks(part, bytes, file), book, file);
    return { name, others, ...sheetRecords(values, merges, notes), notes, date1904: book.date1904 };
  } catch (e) {
    if (e instanceof NotStreamable) return undefined;
    throw e;
  }
}
