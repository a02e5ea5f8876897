import { statSync } from "node:fs";
import { InputError, UsageError } from "../diagnostics.js";
import { clip } from "../echo.js";
import { LIMITS } from "../limits.js";
import { type Message, message } from "../messages/index.js";
import { fileDiagnostic, fileKind } from "./readTextFile.js";

// What every reader of a user's file (YAML/JSON, CSV, NDJSON, .xlsx) says when the file is not what it should
// be: one located, worded error (exit 2), never "internal error". The spreadsheet readers call these.

/** The problem with an input file as an error the CLI reports at `file:line:col` (exit 2). */
export function readerError(
  file: string,
  says: Message,
  line = 1,
  col = 1,
  code = "input/unreadable",
): InputError {
  return new InputError([fileDiagnostic(clip(file), code, says, line, col)]);
}

/**
 * Refuse, before opening, an input that is not a regular file (a FIFO would hang, /dev/zero would grow without
 * end, a directory cannot be read) or that is larger than `maxBytes`; its size otherwise. Throws a UsageError.
 */
export function checkInputFile(path: string, shown = path, maxBytes = LIMITS.spreadsheetBytes): number {
  let stat: import("node:fs").Stats;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? message("usage/no-such-file", { path: clip(shown) })
        : message("usage/cannot-read", { path: clip(shown), reason: code ?? String(e) }),
    );
  }
  const kind = fileKind(stat);
  if (kind) throw readerError(shown, message(kind));
  if (stat.size > maxBytes) throw tooLargeError(shown, maxBytes);
  return stat.size;
}

/** The error for an input larger than `maxBytes`. */
export const tooLargeError = (file: string, maxBytes: number) =>
  readerError(
    file,
    message("file/too-large", { size: `${Math.round(maxBytes / 1024 / 1024)} MiB` }),
    1,
    1,
    "input/too-large",
  );

/** What the first bytes of a workbook say it is: a zip (.xlsx, .ods), an OLE file (.xls, or any password-protected workbook), or neither. */
export function workbookKind(head: Uint8Array): "zip" | "ole" | "other" {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return "zip";
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole";
  return "other";
}

/** The error for a workbook that cannot be opened as one, by its first bytes; undefined for a zip. */
export function workbookProblem(file: string, head: Uint8Array): InputError | undefined {
  const kind = workbookKind(head);
  if (kind === "zip") return undefined;
  return readerError(file, message(kind === "ole" ? "file/ole" : "file/not-zip"));
}

// A1-style reference: at most 3 letters up to XFD and a row up to 1,048,576.
const XFD = 16_384;
const MAX_ROW = 1_048_576;

/** Whether a cell reference (`A1`, `XFD1048576`) lies inside a sheet; the readers refuse one beyond (`XFE1`). */
export function cellRefInSheet(ref: string): boolean {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return false;
  const column = [...(m[1] as string).toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  return column <= XFD && row >= 1 && row <= MAX_ROW;
}

/** The error for a row, cell, string table or unpacked size past its limit (LIMITS), located when known. */
export function limitError(
  file: string,
  what: "columns" | "cellChars" | "sharedStrings" | "unpackedBytes" | "rowBytes" | "sheetCells",
  line = 1,
  col = 1,
): InputError {
  const says = {
    columns: () => message("file/too-many-columns", { limit: LIMITS.columns }),
    cellChars: () => message("file/cell-too-long", { limit: LIMITS.cellChars }),
    sharedStrings: () => message("file/too-many-strings", { limit: LIMITS.sharedStrings }),
    sheetCells: () => message("file/sheet-too-many-cells", { limit: LIMITS.sheetCells }),
    rowBytes: () => message("file/row-too-large", { size: `${LIMITS.rowBytes / 1024 / 1024} MiB` }),
    unpackedBytes: () =>
      message("file/unpacked-too-large", { size: `${LIMITS.unpackedBytes / 1024 / 1024} MiB` }),
  }[what]();
  return readerError(file, says, line, col, "input/too-large");
}
