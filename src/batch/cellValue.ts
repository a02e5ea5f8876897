import Big from "big.js";
import { formatIsoDate } from "../expr/values.js";
import type { FieldDef, ScalarFieldDef } from "../profile/fields.js";

/**
 * A cell read into what a profile document would hold, or `undefined` for an empty cell (unknown).
 * `text` is a number's exact decimal text; `error` a cell that cannot be read at all (bad JSON).
 * Anything not recognised is passed on unchanged, so profile validation reports it as it does for `eval`.
 */
export type Cell = { value: unknown; text?: string } | { error: string } | undefined;

const TRUE = new Set(["是", "true", "yes", "y", "1", "√", "✓", "有"]);
const FALSE = new Set(["否", "false", "no", "n", "0", "×", "✗", "无"]);
// Excel's day 0 is 1899-12-30 (it counts 1900-02-29, which never was, so serials from March 1900 land here).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** Read one cell (a CSV string, or an exceljs value) for a field of type `def`. */
export function cellValue(def: FieldDef, raw: unknown): Cell {
  const cell = plain(raw);
  if (cell === undefined || cell === null) return undefined;
  if (typeof cell === "string" && !cell.trim()) return undefined;
  if (def.type === "records") return records(def, cell);
  return scalar(def, cell);
}

/** exceljs wraps some values: formulas, rich text, hyperlinks. */
function plain(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || raw instanceof Date) return raw;
  const o = raw as { result?: unknown; richText?: { text: string }[]; text?: unknown };
  if ("result" in o) return plain(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
  if ("text" in o) return plain(o.text);
  return raw;
}

function records(def: Extract<FieldDef, { type: "records" }>, cell: unknown): Cell {
  if (typeof cell !== "string") return { value: cell };
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return { error: `expected a JSON list such as [{"contractMonths": 12}], got ${JSON.stringify(cell)}` };
  }
  if (!Array.isArray(parsed)) return { value: parsed };
  const items = parsed.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(item)) {
      const sub = Object.hasOwn(def.fields, k) ? def.fields[k] : undefined;
      const read = sub && typeof v === "string" ? scalar(sub, v) : { value: v };
      out[k] = read && "value" in read ? read.value : v;
    }
    return out;
  });
  return { value: items };
}

function scalar(def: ScalarFieldDef, cell: unknown): Cell {
  const text = typeof cell === "string" ? cell.trim() : undefined;
  switch (def.type) {
    case "boolean": {
      if (text === undefined) return { value: cell };
      const key = text.toLowerCase();
      return { value: TRUE.has(key) ? true : FALSE.has(key) ? false : text };
    }
    case "integer":
    case "decimal":
      return text === undefined ? numberCell(cell) : numberText(text);
    case "date":
      return dateCell(cell, text);
    case "region":
      return { value: typeof cell === "number" && Number.isInteger(cell) ? String(cell) : (text ?? cell) };
    case "enum":
      return { value: text === undefined ? cell : enumValue(def, text) };
    case "enum-list":
      return { value: text === undefined ? cell : enumList(def, text) };
    case "id-number":
      // A number here is what Excel kept of an ID number typed into a number cell (15 digits): never an ID.
      return { value: text ?? cell };
    case "text":
      return { value: text ?? (typeof cell === "number" ? String(cell) : cell) };
  }
}

function numberCell(cell: unknown): Cell {
  if (typeof cell !== "number") return { value: cell };
  // A spreadsheet's binary float (0.07) printed shortest is the decimal the user typed.
  return { value: cell, text: String(cell) };
}

/** `1,500`, `1500元` and `7%` are how offices write numbers. */
function numberText(text: string): Cell {
  let t = text.replace(/[,，\s]/g, "").replace(/(元|个月|月|岁)$/, "");
  let percent = false;
  if (t.endsWith("%") || t.endsWith("％")) {
    percent = true;
    t = t.slice(0, -1);
  }
  if (!NUMBER_TEXT.test(t)) return { value: text };
  const exact = percent ? new Big(t).div(100).toString() : t;
  return { value: Number(exact), text: exact };
}

function dateCell(cell: unknown, text: string | undefined): Cell {
  if (cell instanceof Date) return { value: formatIsoDate(cell) };
  if (typeof cell === "number") return { value: excelSerial(cell) ?? cell };
  if (text === undefined) return { value: cell };
  const m = DATE_TEXT.exec(text);
  if (m) return { value: `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}` };
  if (/^\d{5}$/.test(text)) return { value: excelSerial(Number(text)) ?? text };
  return { value: text };
}

/** An Excel date serial (days since 1899-12-30) as YYYY-MM-DD, for cells that lost their date format. */
function excelSerial(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 61 || n > 2_958_465) return undefined;
  return formatIsoDate(new Date(EXCEL_EPOCH + n * DAY_MS));
}

/** The value behind a label (男 → male), or the text itself. */
function enumValue(def: ScalarFieldDef, text: string): string {
  if (def.values?.includes(text)) return text;
  for (const [value, label] of Object.entries(def.valueLabels ?? {}))
    if (label.zh === text || label.en.toLowerCase() === text.toLowerCase()) return value;
  return text;
}

function enumList(def: ScalarFieldDef, text: string): unknown {
  if (text.startsWith("[")) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) return list.map((x) => (typeof x === "string" ? enumValue(def, x) : x));
    } catch {
      // Not JSON after all: read it as a list of names below.
    }
  }
  return text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => enumValue(def, s));
}
