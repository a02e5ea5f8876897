import { UsageError } from "../../diagnostics.js";
import { type Message, message } from "../../messages/index.js";
import type { FieldCatalogue } from "../../profile/fields.js";
import type { ColumnMap } from "../columns.js";
import { headerNames, normalHeader } from "../headerNames.js";
import type { TableRecord } from "./csvRows.js";

/** How far down a header row is looked for: title rows are a few lines, never a page. */
export const HEADER_SEARCH_ROWS = 30;

/** The header row of a table and what was said about the rows above it. */
export interface HeaderFound {
  /** Its position among the records given. */
  readonly index: number;
  readonly notes: Message[];
}

/**
 * The header row among the first records of a table: the row `headerRow` (a physical row number) when given,
 * else the row with most cells that name a field (or a header of the --columns map); the first such row on a
 * tie. Rows above it (a 花名册's title and 填报单位 lines) are skipped, and said so. No row naming any field is
 * an error that says how to name the header row: never a run where every record reads as empty.
 */
export function findHeader(
  records: readonly TableRecord[],
  catalogue: FieldCatalogue,
  map: ColumnMap,
  file: string,
  headerRow?: number,
): HeaderFound {
  if (headerRow !== undefined) {
    const index = records.findIndex((r) => r.line === headerRow);
    if (index < 0) throw new UsageError(message("usage/header-row-empty", { file, row: headerRow }));
    return { index, notes: skipped(records, index) };
  }
  const { index: best } = bestHeader(records, catalogue, map);
  if (best < 0)
    throw new UsageError(
      message("usage/no-header-row", {
        file,
        rows: Math.min(records.length, HEADER_SEARCH_ROWS),
        first: records[0]?.line ?? 1,
      }),
    );
  return { index: best, notes: skipped(records, best) };
}

/** The row among the first records with most cells naming a field (or a --columns header), and how many; -1, 0: none. */
export function bestHeader(
  records: readonly TableRecord[],
  catalogue: FieldCatalogue,
  map: ColumnMap,
): { index: number; score: number } {
  const names = headerNames(catalogue);
  const mapped = new Set(Object.keys(map).map(normalHeader));
  const score = (r: TableRecord) =>
    r.cells.filter((c) => {
      if (typeof c !== "string" || !c.trim()) return false;
      const key = normalHeader(c);
      return names.has(key) || mapped.has(key);
    }).length;
  let best = -1;
  let bestScore = 0;
  records.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const s = score(r);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  return { index: best, score: bestScore };
}

function skipped(records: readonly TableRecord[], index: number): Message[] {
  if (index === 0) return [];
  const first = records[0]?.line ?? 1;
  const header = records[index]?.line ?? 1;
  return [message("batch/titleRows", { from: first, to: header - 1, header })];
}
