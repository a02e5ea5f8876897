import Big from "big.js";
import { type Bilingual, didYouMean, hintZh } from "../diagnostics.js";
import { clip, echo } from "../echo.js";
import { formatIsoDate, parseIsoDate, type Value } from "../expr/values.js";
import { LIMITS } from "../limits.js";
import { isRegionCode } from "../regions/regions.js";
import type { ScalarFieldDef } from "./fields.js";
import { maskIdShapedIn, parseIdNumber } from "./idNumber.js";

// One profile value, as written, into the engine's value: exact numbers from their digits, calendar dates within
// the supported years, enum words, region codes and ID numbers; each problem reported in English and Chinese.

type Path = (string | number)[];

/** Profile dates must lie in these years: before, a two-digit year was probably meant; after, a typo. */
export const DATE_YEARS = { from: 1900, to: 2199 } as const;

export type Report = (path: Path, code: string, text: Bilingual) => void;

/** The digits of a number as written in the file, so `0.07` is read as exactly 0.07, not a binary float. */
export type NumberText = (path: Path) => string | undefined;

export type Conversion = {
  report: Report;
  numberText?: NumberText;
  today?: string;
  asOf?: string;
  warn: Report;
};

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Written numbers beyond these are refused before any arithmetic (`1e-99999999` would cost gigabytes). */
const MAX_DIGITS = LIMITS.numberDigits;
const MAX_EXPONENT = LIMITS.numberExponent;

/** The number as written, exactly; a problem when it has too many digits or an absurd exponent. */
function writtenNumber(raw: number, written: string | undefined): Big | Bilingual {
  const text = written !== undefined && DECIMAL.test(written) ? written : String(raw);
  if (!DECIMAL.test(text))
    return { en: `${echo(text)} is not a decimal number`, zh: `${echo(text)} 不是十进制数` };
  const mantissa = text
    .replace(/[eE].*$/, "")
    .replace(/[-+.]/g, "")
    .replace(/^0+/, "");
  const value = new Big(text);
  if (value.e > MAX_EXPONENT) return { en: `${clip(text)} is too large`, zh: `${clip(text)} 数值过大` };
  if (value.e < -MAX_EXPONENT && !value.eq(0))
    return { en: `${clip(text)} is too small to be meant`, zh: `${clip(text)} 数值过小` };
  if (mantissa.length > MAX_DIGITS)
    return { en: `${clip(text)} has too many digits`, zh: `${clip(text)} 位数过多` };
  return value;
}

export function convertScalar(
  def: ScalarFieldDef,
  raw: unknown,
  path: Path,
  { report, numberText, today, asOf, warn }: Conversion,
): Value | undefined {
  const bad = (text: Bilingual, code = "profile/type") => void report(path, code, text);
  switch (def.type) {
    case "boolean":
      return typeof raw === "boolean"
        ? raw
        : bad({
            en: `expected true or false, got ${show(raw)}`,
            zh: `应为 true 或 false，实际为 ${show(raw)}`,
          });
    case "integer":
    case "decimal": {
      if (typeof raw !== "number")
        return bad({ en: `expected a number, got ${show(raw)}`, zh: `应为数字，实际为 ${show(raw)}` });
      if (!Number.isFinite(raw))
        return bad({ en: `${show(raw)} is too large`, zh: `${show(raw)} 数值过大` }, "profile/range");
      // Every check runs on the digits as written: 11.9999999999999999 is not the whole number 12.
      const value = writtenNumber(raw, numberText?.(path));
      if (!(value instanceof Big)) return bad(value, "profile/range");
      if (def.type === "integer" && !value.round(0, Big.roundDown).eq(value))
        return bad({ en: `expected a whole number, got ${value}`, zh: `应为整数，实际为 ${value}` });
      if (def.min !== undefined && value.lt(def.min))
        return bad(
          { en: `${value} is below the minimum ${def.min}`, zh: `${value} 小于最小值 ${def.min}` },
          "profile/range",
        );
      if (def.max !== undefined && value.gt(def.max))
        return bad(
          { en: `${value} is above the maximum ${def.max}`, zh: `${value} 大于最大值 ${def.max}` },
          "profile/range",
        );
      if (def.oneOf && !def.oneOf.some((n) => value.eq(n)))
        return bad(
          {
            en: `${value} is not one of ${def.oneOf.join(", ")}`,
            zh: `${value} 不在可选值 ${def.oneOf.join("、")} 之中`,
          },
          "profile/range",
        );
      return value;
    }
    case "date": {
      const date = convertDate(def, raw, bad, today);
      if (def.past && date instanceof Date && asOf !== undefined && formatIsoDate(date) > asOf)
        warn(path, "profile/after-as-of", {
          en: `${raw} is after the as-of date ${asOf}: on that date this had not happened yet`,
          zh: `${raw} 晚于评估日期 ${asOf}：在评估日期时此事尚未发生`,
        });
      return date;
    }
    case "region": {
      // Unquoted, 0340104 and 340104 are the same number: only a quoted code says what was meant.
      if (typeof raw === "number")
        return bad({
          en: `write region codes in quotes, e.g. "${show(raw)}"`,
          zh: `地区代码请加引号，例如 "${show(raw)}"`,
        });
      if (typeof raw !== "string" || !/^\d{6}$/.test(raw))
        return bad({
          en: `expected a 6-digit region code, got ${show(raw)}`,
          zh: `应为6位地区代码，实际为 ${show(raw)}`,
        });
      return isRegionCode(raw)
        ? raw
        : bad(
            { en: `${raw} is not a GB/T 2260 region code`, zh: `${raw} 不是有效的 GB/T 2260 地区代码` },
            "profile/region",
          );
    }
    case "enum": {
      if (typeof raw === "string" && def.values?.includes(raw)) return raw;
      const hint = typeof raw === "string" ? didYouMean(raw, def.values ?? []) : "";
      return bad(
        {
          en: `expected one of ${def.values?.join(", ")}, got ${show(raw)}${hint}`,
          zh: `应为 ${def.values?.join("、")} 之一，实际为 ${show(raw)}${hintZh(hint)}`,
        },
        "profile/enum",
      );
    }
    case "enum-list": {
      const list = Array.isArray(raw) ? raw : [raw];
      const wrong = list.filter((x) => typeof x !== "string" || !def.values?.includes(x));
      if (wrong.length) {
        const shown = wrong.slice(0, 5).map(show).join(", ") + (wrong.length > 5 ? ", …" : "");
        return bad(
          {
            en: `not among ${def.values?.join(", ")}: ${shown}`,
            zh: `不在 ${def.values?.join("、")} 之中：${shown}`,
          },
          "profile/enum",
        );
      }
      return list as string[];
    }
    case "text": {
      if (typeof raw !== "string")
        return bad({ en: `expected a text, got ${show(raw)}`, zh: `应为文字，实际为 ${show(raw)}` });
      const limit = def.maxLength ?? 200;
      if ([...raw].length > limit)
        return bad({ en: `longer than ${limit} characters`, zh: `超过 ${limit} 个字符` }, "profile/range");
      // A short free text is printed in reports: it must never carry an ID number.
      if (/\d{17}[\dXx]/.test(raw))
        return bad({ en: "must not contain an ID number", zh: "不得包含身份证号码" }, "profile/id-number");
      return raw;
    }
    case "id-number": {
      if (typeof raw !== "string")
        return bad({
          en: "expected the 18-character ID number as a quoted string",
          zh: "身份证号码应为加引号的18位字符串",
        });
      const parsed = parseIdNumber(raw);
      return parsed.ok
        ? raw.toUpperCase()
        : bad(
            {
              en: `the ID number is invalid (${parsed.reason})`,
              zh: `身份证号码无效（${ID_REASON_ZH[parsed.reason]}）`,
            },
            "profile/id-number",
          );
    }
  }
}

const ID_REASON_ZH = {
  length: "长度",
  format: "格式",
  "birth-date": "出生日期",
  checksum: "校验码",
} as const;

function convertDate(
  def: ScalarFieldDef,
  raw: unknown,
  bad: (text: Bilingual, code?: string) => undefined,
  today: string | undefined,
): Value | undefined {
  if (typeof raw !== "string")
    return bad({
      en: `expected a date YYYY-MM-DD, got ${show(raw)}`,
      zh: `应为日期 YYYY-MM-DD，实际为 ${show(raw)}`,
    });
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(raw)?.[1];
  if (year !== undefined && (Number(year) < DATE_YEARS.from || Number(year) > DATE_YEARS.to))
    return bad(
      {
        en: `${raw} is outside the supported range (years ${DATE_YEARS.from}–${DATE_YEARS.to})`,
        zh: `${raw} 超出支持的范围（${DATE_YEARS.from}–${DATE_YEARS.to} 年）`,
      },
      "profile/date",
    );
  const date = parseIsoDate(raw);
  if (!date)
    return bad(
      {
        en: `${clip(raw)} is not a calendar date (YYYY-MM-DD)`,
        zh: `${clip(raw)} 不是有效的日期（YYYY-MM-DD）`,
      },
      "profile/date",
    );
  if (def.past && today !== undefined && formatIsoDate(date) > today)
    return bad(
      {
        en: `${raw} is after today (${today}); this date must already have passed`,
        zh: `${raw} 晚于今天（${today}）；该日期应当已经过去`,
      },
      "profile/future-date",
    );
  return date;
}

/** A value quoted back in a message; anything shaped like an ID number is masked, wherever it was typed. */
function show(raw: unknown): string {
  return maskIdShapedIn(echo(raw));
}
