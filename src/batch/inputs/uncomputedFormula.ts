/**
 * A formula cell the workbook holds no result for (written by a script such as openpyxl, never opened and saved in
 * a spreadsheet program): not an empty cell. A plain object, so that it crosses to a worker thread as it is.
 */
export const UNCOMPUTED_FORMULA = Object.freeze({ uncomputedFormula: true });

/** Whether a cell is `UNCOMPUTED_FORMULA` (or its copy made by a worker thread). */
export function isUncomputedFormula(cell: unknown): boolean {
  return typeof cell === "object" && cell !== null && "uncomputedFormula" in cell;
}
