import { posix } from "node:path";
import { LIMITS } from "../../../limits.js";
import { checkXml } from "../workbookCheck.js";
import { attr, type DateStyle, dateStyles } from "./numFmt.js";
import { stringItem, unescapeXml } from "./xmlText.js";
import { inflate, type Part, zipParts } from "./zip.js";

/** A sheet as the workbook lists it: its name, whether it is hidden, and its XML part (undefined: a chart sheet). */
export interface BookSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly part?: Part;
}

/** What an .xlsx holds besides its sheets' cells: everything is read whole, within `LIMITS.unpackedBytes`. */
export interface Book {
  readonly sheets: BookSheet[];
  readonly date1904: boolean;
  /** Shared strings by index; undefined for an item without text. */
  readonly strings: (string | undefined)[];
  /** Whether each cell style shows a date. */
  readonly dateStyles: DateStyle[];
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * The workbook of an Office Open XML zip (.xlsx, .xlsm): its sheet list, date system, shared strings and date
 * styles. Undefined when the zip holds no XML workbook (an .xlsb, an .ods): SheetJS reads those.
 */
export function readBook(bytes: Buffer, file: string): Book | undefined {
  // Part names as the relationships give them, whatever case the zip spells them in (as SheetJS finds them).
  const byName = new Map(zipParts(bytes, file).map((p) => [p.name.toLowerCase(), p]));
  const parts = { get: (name: string) => byName.get(name.toLowerCase()) };
  let budget = LIMITS.unpackedBytes;
  const read = (part: Part | undefined): string => {
    if (!part) return "";
    const xml = inflate(part, bytes, file, budget);
    budget -= xml.length;
    checkXml(xml, part.name, file);
    return xml.toString("utf8");
  };
  const root = relations(read(parts.get("_rels/.rels")), "");
  const bookPath = [...root.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? "xl/workbook.xml";
  const bookPart = parts.get(bookPath);
  if (!bookPart || !bookPath.toLowerCase().endsWith(".xml")) return undefined;
  const dir = posix.dirname(bookPath);
  const rels = relations(read(parts.get(`${dir}/_rels/${posix.basename(bookPath)}.rels`)), dir);
  const workbook = read(bookPart);
  const byType = (type: RegExp, fallback: string) =>
    parts.get([...rels.values()].find((r) => type.test(r.type))?.target ?? fallback);
  const sheets: BookSheet[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attrs = m[1] as string;
    const rel = rels.get(attr(attrs, "r:id") ?? attr(attrs, "[\\w]+:id") ?? "");
    const state = attr(attrs, "state");
    sheets.push({
      name: unescapeXml(attr(attrs, "name") ?? ""),
      hidden: state === "hidden" || state === "veryHidden",
      part: rel && /\/worksheet$/.test(rel.type) ? parts.get(rel.target) : undefined,
    });
  }
  const props = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(workbook)?.[1] ?? "";
  const flag = attr(props, "date1904");
  return {
    sheets,
    date1904: flag === "1" || flag === "true",
    dateStyles: dateStyles(read(byType(/\/styles$/, `${dir}/styles.xml`))),
    strings: sharedStrings(read(byType(/\/sharedStrings$/, `${dir}/sharedStrings.xml`))),
  };
}

/** A relationship part's targets by id, as part names (a target is relative to `dir`, or absolute with "/"). */
function relations(xml: string, dir: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1] as string;
    const target = unescapeXml(attr(attrs, "Target") ?? "");
    const name = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(dir, target));
    out.set(attr(attrs, "Id") ?? "", { type: attr(attrs, "Type") ?? "", target: name });
  }
  return out;
}

function sharedStrings(xml: string): (string | undefined)[] {
  const strings: (string | undefined)[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g))
    strings.push(m[1] === undefined ? "" : stringItem(m[1]));
  return strings;
}
