import { zip } from "../batch/zip.js";

// Workbooks laid out the way Excel, openpyxl and POI write them, built by hand so that a test decides the layout
// (shared or inline strings, rich runs, styles, attribute order) rather than a writer library.

export type GenCell =
  | { kind: "shared" | "inline" | "rich" | "str"; text: string }
  | { kind: "num"; value: number; style: 0 | 3 }
  | { kind: "date"; value: number; style: 1 | 2 | 4 | 5 }
  | { kind: "bool"; value: boolean }
  | { kind: "err"; text: string }
  | { kind: "empty" };

export interface GenRow {
  /** Physical row number (1-based); undefined: written without `r` (the row after the last). */
  readonly r?: number;
  /** Cells from column A on; a cell may be written without its `r`. */
  readonly cells: readonly (GenCell & { noRef?: boolean; column?: number })[];
}

export interface GenSheet {
  readonly name: string;
  readonly hidden?: boolean;
  readonly rows: readonly GenRow[];
  /** Merged ranges as A1:A3. */
  readonly merges?: readonly string[];
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export const esc = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function column(c: number): string {
  let letters = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// Styles: 0 General, 1 built-in 14 (m/d/yy), 2 custom yyyy"年"m"月"d"日", 3 custom 0.00 (no date),
// 4 built-in 22 (m/d/yy h:mm), 5 custom [h]:mm (elapsed time).
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** An .xlsx of these sheets (a shared-string table when any cell uses one). */
export function workbook(sheets: readonly GenSheet[], date1904 = false): Buffer {
  const shared: string[] = [];
  const files: Record<string, string> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, shared);
  });
  const list = sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const n = sheets.length;
  return zip({
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${date1904 ? ' date1904="1"' : ""}/><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/sharedStrings.xml": `${XML}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join("")}</sst>`,
    ...files,
  });
}

function sheetXml(sheet: GenSheet, shared: string[]): string {
  let last = 0;
  const rows = sheet.rows.map((row) => {
    const r = row.r ?? last + 1;
    last = r;
    let c = -1;
    const cells = row.cells.map((cell) => {
      c = cell.column ?? c + 1;
      const ref = cell.noRef ? "" : ` r="${column(c)}${r}"`;
      return cellXml(cell, ref, shared);
    });
    return `<row${row.r === undefined ? "" : ` r="${r}"`} spans="1:${Math.max(1, c + 1)}">${cells.join("")}</row>`;
  });
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("\n")}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function cellXml(cell: GenCell, ref: string, shared: string[]): string {
  switch (cell.kind) {
    case "shared": {
      let i = shared.indexOf(cell.text);
      if (i < 0) i = shared.push(cell.text) - 1;
      return `<c${ref} t="s"><v>${i}</v></c>`;
    }
    case "inline":
      return `<c${ref} t="inlineStr"><is><t>${esc(cell.text)}</t></is></c>`;
    case "rich": {
      const half = Math.floor(cell.text.length / 2);
      return `<c${ref} t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">${esc(cell.text.slice(0, half))}</t></r><r><t xml:space="preserve">${esc(cell.text.slice(half))}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></is></c>`;
    }
    case "str":
      return `<c${ref} t="str"><f>"x"</f><v>${esc(cell.text)}</v></c>`;
    case "num":
      return `<c${ref} s="${cell.style}"><v>${cell.value}</v></c>`;
    case "date":
      return `<c s="${cell.style}"${ref}><v>${cell.value}</v></c>`;
    case "bool":
      return `<c${ref} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case "err":
      return `<c${ref} t="e"><v>${cell.text}</v></c>`;
    case "empty":
      return `<c${ref} s="1"/>`;
  }
}
