import { UsageError } from "../../diagnostics.js";
import { message } from "../../messages/index.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import type { ColumnMap } from "../columns.js";
import { bestHeader } from "./headerRow.js";
import { type SheetChoice, type SheetRead, sheetRows } from "./sheetRows.js";

// A header that names one field may be a label in a 填表说明 sheet (身份证号码 | 18位…); a roster's names several.
const SURE_HEADER = 2;

/**
 * The sheet of a workbook that holds the roster, when no --sheet names one: the first visible sheet when its
 * header names several fields; else the other visible sheet whose header names the most (at least two), said in
 * the notes; else, when no sheet has any header, an error naming the sheets and --sheet. Other sheets are read
 * only when the first has no sure header.
 */
export async function rosterSheet(
  bytes: Buffer,
  file: string,
  choice: SheetChoice & { headerRow?: number },
  catalogue: FieldCatalogue,
  map: ColumnMap,
): Promise<SheetRead> {
  const first = await sheetRows(bytes, file, choice);
  if (choice.sheet !== undefined || choice.headerRow !== undefined || !first.others?.length) return first;
  const firstScore = bestHeader(first.rows, catalogue, map).score;
  if (firstScore >= SURE_HEADER) return first;
  let best: { read: SheetRead; score: number } | undefined;
  for (const sheet of first.others) {
    const read = await sheetRows(bytes, file, { sheet });
    const { score } = bestHeader(read.rows, catalogue, map);
    if (score >= SURE_HEADER && score > (best?.score ?? 0)) best = { read, score };
  }
  if (best) {
    best.read.notes.unshift(
      message("batch/sheetPicked", { sheet: best.read.name, first: first.name, n: best.score }),
    );
    return best.read;
  }
  // An empty first sheet is said as empty (batch/emptyInput), with --sheet.
  if (firstScore === 0 && first.rows.length)
    throw new UsageError(
      message("batch/noRosterSheet", { file, sheets: [first.name, ...first.others].join("、") }),
    );
  return first;
}
