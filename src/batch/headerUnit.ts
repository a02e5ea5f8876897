import type { FieldCatalogue } from "../profile/fields.js";

/**
 * The unit a column's header names for its cells (`月缴存基数（万元）`, `累计缴费年限`, `年龄（周岁）`), against the
 * unit of the field the column fills: `factor` turns a cell into the field's unit exactly (万元 → 元 ×10000,
 * 年 → 个月 ×12); without one the header's unit cannot be read into the field (月 into a field counted in years,
 * 元 into a count of months) and the column is not read as if it were in the field's unit.
 */
export type HeaderUnit = { readonly word: string; readonly factor?: number };

// What each header unit is worth in each field unit it can be read into; a unit word a header names that is not
// listed under a field's unit is one the field cannot be read in.
const INTO: Record<string, Record<string, number>> = {
  months: { 月: 1, 个月: 1, 月数: 1, 年: 12 },
  years: { 年: 1, 岁: 1, 周岁: 1 },
  yuan: { 元: 1, 块: 1, 千元: 1000, 万元: 10000 },
  "yuan/month": { 元: 1, 块: 1, "元/月": 1, 千元: 1000, 万元: 10000, "千元/月": 1000, "万元/月": 10000 },
  ratio: { "%": 1 },
};
const UNIT_WORDS = new Set(Object.values(INTO).flatMap((units) => Object.keys(units)));

// A bracketed remark, possibly `单位：万元`; a header counting in years without brackets (累计缴费年限, 缴费年数, years).
const REMARK = /[（(]\s*(?:单位\s*[:：]\s*)?([^（()）]*?)\s*[)）]/g;
const YEARS_WORDS = /年限|年数|\byears?\b/i;

/** The unit a header names, or undefined: a bracketed unit decides; else a header counting years (no 月 in it). */
export function unitNamed(header: string): string | undefined {
  const words = [...header.matchAll(REMARK)].map((m) => m[1] ?? "").filter((w) => UNIT_WORDS.has(w));
  if (words.length) return words.at(-1);
  return YEARS_WORDS.test(header) && !header.includes("月") ? "年" : undefined;
}

/** A header with its bracketed remarks taken away: `失业保险参保地（县区）` → `失业保险参保地`. */
export function withoutRemarks(header: string): string {
  return header.replace(REMARK, "").trim();
}

/**
 * The unit `header` names when it differs from that of `field` (undefined when it names none, or the field's
 * own): with the exact factor into the field's unit, or none when no exact conversion exists.
 */
export function headerUnit(
  header: string,
  field: string | undefined,
  catalogue: FieldCatalogue,
): HeaderUnit | undefined {
  const word = unitNamed(header);
  const def = field ? catalogue.fields.get(field) : undefined;
  if (!word || !def) return undefined;
  const factor = INTO[def.unit ?? ""]?.[word];
  if (factor === 1) return undefined;
  return factor === undefined ? { word } : { word, factor };
}
