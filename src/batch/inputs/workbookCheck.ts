import { extname } from "node:path";
import type { InputError } from "../../diagnostics.js";
import { clip } from "../../echo.js";
import {
  cellRefInSheet,
  limitError,
  readerError,
  workbookKind,
  workbookProblem,
} from "../../files/readerProblems.js";
import { LIMITS } from "../../limits.js";
import { message } from "../../messages/index.js";
import { inflate, zipParts } from "./xlsx/zip.js";
import { refuseZonedDateCells } from "./zonedDateCells.js";

/** Workbook formats that are zip archives: anything else under these names cannot be one. */
const ZIP_FORMATS = new Set([".xlsx", ".xlsm", ".xlsb", ".ods"]);

/**
 * Refuse a workbook SheetJS should not be given, before it unpacks anything: not a zip where one is due, a
 * password-protected (encrypted OLE) file, a zip cut short, parts that unpack past `LIMITS.unpackedBytes` (a
 * 50 KB file can hide a 50 MB cell), XML entity declarations, cell references beyond XFD1048576, a cell longer
 * than `LIMITS.cellChars`, more than `LIMITS.sharedStrings` strings, a date cell with a time zone (zonedDateCells.ts). Throws the located InputError.
 */
export function checkWorkbook(bytes: Buffer, file: string): void {
  const kind = workbookKind(bytes.subarray(0, 8));
  if (kind === "ole") {
    // An encrypted .xlsx is an OLE file holding an `EncryptedPackage` stream; a plain .xls or .et is read.
    if (bytes.includes(Buffer.from("EncryptedPackage", "utf16le"))) throw workbookProblem(file, bytes);
    return;
  }
  if (kind === "other") {
    // An .xls may be HTML or XML that an office system named so: SheetJS reads those.
    if (ZIP_FORMATS.has(extname(file).toLowerCase())) throw workbookProblem(file, bytes);
    return;
  }
  let unpacked = 0;
  for (const part of zipParts(bytes, file)) {
    if (part.size > LIMITS.unpackedBytes - unpacked) throw limitError(file, "unpackedBytes");
    if (!/\.(xml|rels)$/i.test(part.name)) {
      unpacked += part.size;
      continue;
    }
    const xml = inflate(part, bytes, file, LIMITS.unpackedBytes - unpacked);
    unpacked += xml.length;
    checkXml(xml, part.name, file);
  }
}

const LT = 0x3c;

/** What one XML part of a workbook may not hold (scanned as bytes: `<` is never part of a UTF-8 sequence). */
export function checkXml(xml: Buffer, part: string, file: string): void {
  if (xml.includes("<!DOCTYPE") || xml.includes("<!ENTITY")) throw readerError(file, message("file/dtd"));
  // Text longer than a cell may hold, an entity counted as the one character it stands for.
  for (let from = 0, lt = xml.indexOf(LT); from < xml.length; lt = xml.indexOf(LT, from)) {
    const to = lt < 0 ? xml.length : lt;
    if (to - from > LIMITS.cellChars) {
      const text = xml.toString("utf8", from, to).replace(/&#?\w+;/g, "x");
      if (text.length > LIMITS.cellChars) throw limitError(file, "cellChars");
    }
    from = to + 1;
  }
  if (/sharedStrings\.xml$/i.test(part)) {
    let strings = 0;
    for (let i = xml.indexOf("<si"); i >= 0; i = xml.indexOf("<si", i + 3)) {
      const next = xml[i + 3];
      if ((next === 0x3e || next === 0x2f || next === 0x20) && ++strings > LIMITS.sharedStrings)
        throw limitError(file, "sharedStrings");
    }
  }
  if (/worksheets\/[^/]*\.xml$/i.test(part)) beyondSheet(xml.toString("latin1"), file);
  refuseZonedDateCells(xml, part, file);
}

/** A cell, row or dimension reference beyond XFD1048576 (SheetJS would make room for it). */
function beyondSheet(text: string, file: string): void {
  const refs = /<(?:c|dimension|mergeCell)\b[^>]*?\s(?:r|ref)="([^"]*)"|<row\b[^>]*?\sr="(\d+)"/g;
  for (const m of text.matchAll(refs)) {
    const cells = m[1] === undefined ? [`A${m[2]}`] : m[1].split(":");
    const beyond = cells.find((ref) => !cellRefInSheet(ref));
    if (beyond !== undefined) throw outside(file, beyond);
  }
}

const outside = (file: string, ref: string): InputError =>
  readerError(file, message("file/cell-ref", { ref: clip(ref) }));
