import { workbookKind } from "../../files/readerProblems.js";
import { LIMITS } from "../../limits.js";
import { inflate, zipParts } from "./xlsx/zip.js";

const STYLE =
  /<style:style\b[^>]*?style:name="([^"]*)"[^>]*>\s*<style:table-properties\b[^>]*?table:display="false"/g;
const TABLE = /<table:table\b[^>]*?table:name="([^"]*)"[^>]*?table:style-name="([^"]*)"/g;

/**
 * The hidden sheets of an OpenDocument spreadsheet, by name: LibreOffice hides a sheet by its table style
 * (`<style:table-properties table:display="false"/>`), which SheetJS does not read. Undefined for any other file.
 */
export function odsHiddenSheets(bytes: Buffer, file: string): Set<string> | undefined {
  if (workbookKind(bytes.subarray(0, 8)) !== "zip") return undefined;
  const parts = zipParts(bytes, file);
  const content = parts.find((p) => p.name === "content.xml");
  if (!content || !parts.some((p) => p.name === "mimetype")) return undefined;
  const xml = inflate(content, bytes, file, LIMITS.unpackedBytes).toString("utf8");
  const hiddenStyles = new Set([...xml.matchAll(STYLE)].map((m) => m[1]));
  const hidden = new Set<string>();
  for (const [, name, style] of xml.matchAll(TABLE))
    if (name && hiddenStyles.has(style)) hidden.add(xmlText(name));
  return hidden;
}

const xmlText = (t: string) =>
  t
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
