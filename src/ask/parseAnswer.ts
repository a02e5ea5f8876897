import Big from "big.js";
import { formatIsoDate, parseIsoDate } from "../expr/values.js";
import type { ScalarFieldDef } from "../profile/fields.js";
import { parseIdNumber } from "../profile/idNumber.js";
import { isRegionCode } from "../regions/regions.js";
import type { RawScalar } from "./answers.js";

export type Lang = "zh" | "en";
type Local = { readonly zh: string; readonly en: string };

/** A typed answer: the value as a profile holds it, a declined answer, or why the text was not understood. */
export type Parsed =
  | { readonly ok: true; readonly value: RawScalar }
  | { readonly ok: true; readonly declined: true }
  | { readonly ok: true; readonly idNumber: string }
  | { readonly ok: false; readonly message: Local };

/** Words that mean "不知道 / 跳过" when typed instead of a value (an empty answer means the same). */
const DECLINE = /^(不知道|不清楚|跳过|略过|\?|？|skip|unknown|don'?t know|n\/a)$/i;

/** `1990-01-01`, `1990/1/1`, `1990.1.1`, `1990年1月1日`, `19900101` → `1990-01-01`, if a real calendar day. */
export function parseDateText(text: string): string | undefined {
  const t = text.trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return undefined;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  const date = parseIsoDate(iso);
  return date && formatIsoDate(date);
}

/**
 * Parse what was typed for a field of type integer, decimal, date, region or id-number, checking the
 * catalogue's constraints (min, max, oneOf). With `acceptIdNumber`, an 18-character ID number is accepted
 * instead (for a birth date or sex). Empty text or "不知道" declines.
 */
export function parseAnswer(def: ScalarFieldDef, text: string, acceptIdNumber = false): Parsed {
  const t = text.trim();
  if (t === "" || DECLINE.test(t)) return { ok: true, declined: true };
  if (acceptIdNumber && /^\d{17}[\dXx]$/.test(t)) {
    const id = parseIdNumber(t);
    return id.ok ? { ok: true, idNumber: t.toUpperCase() } : { ok: false, message: BAD_ID };
  }
  switch (def.type) {
    case "integer":
    case "decimal":
      return parseNumber(def, t);
    case "date": {
      const iso = parseDateText(t);
      return iso
        ? { ok: true, value: iso }
        : {
            ok: false,
            message: {
              zh: "请按 年-月-日 填写，如 1990-01-01",
              en: "Write a date as YYYY-MM-DD, e.g. 1990-01-01",
            },
          };
    }
    case "region":
      return /^\d{6}$/.test(t) && isRegionCode(t)
        ? { ok: true, value: t }
        : {
            ok: false,
            message: { zh: "不是有效的6位地区代码", en: "Not a 6-digit region code in the table" },
          };
    case "id-number":
      return parseIdNumber(t).ok ? { ok: true, value: t.toUpperCase() } : { ok: false, message: BAD_ID };
    case "boolean":
    case "enum":
    case "enum-list":
      return { ok: false, message: { zh: "请从列表中选择", en: "Choose from the list" } };
    default:
      // Free text (a file number, a name): taken as typed.
      return { ok: true, value: t };
  }
}

const BAD_ID: Local = {
  zh: "身份证号码无效（18位，最后一位校验码须正确）",
  en: "Invalid ID number (18 characters with a correct check character)",
};

function parseNumber(def: ScalarFieldDef, typed: string): Parsed {
  const t = typed.replace(/[,，]/g, "");
  const percent = t.endsWith("%");
  const digits = percent ? t.slice(0, -1) : t.replace(/(元|个月|月|岁|年)$/, "");
  if (!/^\d+(\.\d+)?$/.test(digits))
    return { ok: false, message: { zh: "请填写一个数字", en: "Enter a number" } };
  let n = new Big(digits);
  if (percent && def.unit === "ratio") n = n.div(100);
  if (def.type === "integer" && !n.round(0).eq(n))
    return { ok: false, message: { zh: "请填写整数", en: "Enter a whole number" } };
  if (def.min !== undefined && n.lt(def.min))
    return { ok: false, message: { zh: `不能小于 ${def.min}`, en: `At least ${def.min}` } };
  if (def.max !== undefined && n.gt(def.max))
    return { ok: false, message: { zh: `不能大于 ${def.max}`, en: `At most ${def.max}` } };
  if (def.oneOf && !def.oneOf.some((v) => n.eq(v)))
    return {
      ok: false,
      message: { zh: `只能是 ${def.oneOf.join(" 或 ")}`, en: `One of ${def.oneOf.join(", ")}` },
    };
  return { ok: true, value: Number(n.toString()) };
}
