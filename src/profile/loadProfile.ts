import Big from "big.js";
import { type Bilingual, type Diagnostic, didYouMean, hintZh } from "../diagnostics.js";
import { clip, echo } from "../echo.js";
import { formatIsoDate, parseIsoDate, type RecordValue, type Value } from "../expr/values.js";
import { LIMITS } from "../limits.js";
import type { YamlSource } from "../rules/yamlSource.js";
import type { FieldCatalogue, FieldDef, ScalarFieldDef } from "./fields.js";
import { maskIdNumber, parseIdNumber } from "./idNumber.js";
import type { Profile } from "./profile.js";
import { isRegionCode } from "./regions.js";

type Path = (string | number)[];
/**
 * `atKey`: the problem is the name of a key (unknown key), so it is located at the key, not its value.
 * `messageZh`: the same message in Chinese (profile problems are seen by citizens and caseworkers).
 */
export type Problem = { code: string; message: string; atKey?: boolean; messageZh?: string };

/** What a profile is checked against besides the catalogue. */
export interface ProfileOptions {
  /** Today (YYYY-MM-DD): a date of a past fact (`past: true` in the catalogue) after it is an error. */
  readonly today?: string;
  /** The as-of date (YYYY-MM-DD): a past fact after it is kept, with a warning (the results may surprise). */
  readonly asOf?: string;
}

/** The most records a list field (e.g. `employer.hires`) may hold; bounds time and memory per profile. */
export const MAX_RECORDS = LIMITS.records;
/** Profile dates must lie in these years: before, a two-digit year was probably meant; after, a typo. */
export const DATE_YEARS = { from: 1900, to: 2199 } as const;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Validate a parsed profile document against the field catalogue; every problem is located. */
export function readProfile(
  src: YamlSource,
  catalogue: FieldCatalogue,
  options: ProfileOptions = {},
): { profile?: Profile; diagnostics: Diagnostic[] } {
  if (src.diagnostics.length) return { diagnostics: src.diagnostics };
  const numberText: NumberText = (path) => src.sourceText(path);
  return profileFromData(
    src.data,
    catalogue,
    (path, p) => (p.atKey ? src.atKey : src.at).call(src, path, p.code, p.message),
    numberText,
    options,
  );
}

/**
 * Validate plain data (from YAML, JSON, a CSV row…) into a Profile; `locate` places each problem.
 * With a profile, `diagnostics` holds only warnings (severity "warning"); without, at least one error.
 */
export function profileFromData(
  data: unknown,
  catalogue: FieldCatalogue,
  locate: (path: Path, problem: Problem) => Diagnostic,
  numberText?: NumberText,
  options: ProfileOptions = {},
): { profile?: Profile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (path, code, text) => {
    const where = `\`${path.join(".")}\`: `;
    const problem = {
      code,
      message: where + text.en,
      messageZh: where + text.zh,
      atKey: code === "profile/unknown-key",
    };
    diagnostics.push({ ...locate(path, problem), messageZh: problem.messageZh });
  };
  const warnings: Diagnostic[] = [];
  const warn: Report = (path, code, text) => {
    const where = `\`${path.join(".")}\`: `;
    const d = locate(path, { code, message: where + text.en, messageZh: where + text.zh });
    warnings.push({ ...d, messageZh: where + text.zh, severity: "warning" });
  };
  const fields = new Map<string, Value>();
  const sections = new Set<string>();
  if (!isPlainObject(data)) {
    report([], "profile/type", {
      en: "a profile is a mapping of sections such as `person:`",
      zh: "档案应当是若干部分的映射，例如 `person:`",
    });
    return { diagnostics };
  }
  for (const [sectionName, body] of Object.entries(data)) {
    const section = Object.hasOwn(catalogue.sections, sectionName)
      ? catalogue.sections[sectionName]
      : undefined;
    if (!section) {
      report([sectionName], "profile/unknown-key", unknownKey("section", sectionName, catalogue.sections));
      continue;
    }
    if (body === null || body === undefined) continue;
    if (!isPlainObject(body)) {
      report([sectionName], "profile/type", { en: "expected a mapping of fields", zh: "应当是字段的映射" });
      continue;
    }
    sections.add(sectionName);
    for (const [name, raw] of Object.entries(body)) {
      const def = Object.hasOwn(section.fields, name) ? section.fields[name] : undefined;
      const path = [sectionName, name];
      if (!def) {
        report(path, "profile/unknown-key", unknownKey("field", name, section.fields));
        continue;
      }
      if (raw === null || raw === undefined) continue;
      const value = convert(def, raw, path, { report, numberText, warn, ...options });
      if (value !== undefined) fields.set(path.join("."), value);
    }
  }
  deriveFromIdNumber(fields, report);
  return diagnostics.length ? { diagnostics } : { profile: { fields, sections }, diagnostics: warnings };
}

function unknownKey(kind: "section" | "field", name: string, known: object): Bilingual {
  const hint = didYouMean(name, Object.keys(known));
  return kind === "section"
    ? {
        en: `unknown section${hint}`,
        zh: `未知的部分${hintZh(hint)}`,
      }
    : {
        en: `unknown field${hint}`,
        zh: `未知的字段${hintZh(hint)}`,
      };
}

type Report = (path: Path, code: string, text: Bilingual) => void;

/** The digits of a number as written in the file, so `0.07` is read as exactly 0.07, not a binary float. */
export type NumberText = (path: Path) => string | undefined;

type Conversion = { report: Report; numberText?: NumberText; today?: string; asOf?: string; warn: Report };

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

function convert(def: FieldDef, raw: unknown, path: Path, io: Conversion): Value | undefined {
  const { report } = io;
  if (def.type !== "records") return convertScalar(def, raw, path, io);
  if (!Array.isArray(raw))
    return void report(path, "profile/type", { en: "expected a list", zh: "应当是列表" });
  if (raw.length > MAX_RECORDS)
    return void report(path, "profile/range", {
      en: `${raw.length} entries; at most ${MAX_RECORDS} are accepted`,
      zh: `共 ${raw.length} 条，最多接受 ${MAX_RECORDS} 条`,
    });
  return raw.map((item, i): RecordValue => {
    const record: Record<string, Value> = {};
    if (!isPlainObject(item)) {
      report([...path, i], "profile/type", { en: "expected a mapping", zh: "应当是映射" });
      return record;
    }
    for (const [name, v] of Object.entries(item)) {
      const sub = Object.hasOwn(def.fields, name) ? def.fields[name] : undefined;
      if (!sub) report([...path, i, name], "profile/unknown-key", unknownKey("field", name, def.fields));
      else if (v !== null && v !== undefined) {
        const converted = convertScalar(sub, v, [...path, i, name], io);
        if (converted !== undefined) record[name] = converted;
      }
    }
    return record;
  });
}

function convertScalar(
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

function deriveFromIdNumber(fields: Map<string, Value>, report: Report) {
  const id = fields.get("person.idNumber");
  if (typeof id !== "string") return;
  const parsed = parseIdNumber(id);
  if (!parsed.ok) return;
  const birth = fields.get("person.birthDate");
  const derived = parseIsoDate(parsed.birthDate) as Date;
  if (birth === undefined) fields.set("person.birthDate", derived);
  else if ((birth as Date).getTime() !== derived.getTime())
    report(["person", "birthDate"], "profile/id-number", {
      en: "does not match the birth date in the ID number",
      zh: "与身份证号码中的出生日期不一致",
    });
  const sex = fields.get("person.sex");
  if (sex === undefined) fields.set("person.sex", parsed.sex);
  else if (sex !== parsed.sex)
    report(["person", "sex"], "profile/id-number", {
      en: "does not match the sex in the ID number",
      zh: "与身份证号码中的性别不一致",
    });
}

/** A value quoted back in a message; anything shaped like an ID number is masked, wherever it was typed. */
function show(raw: unknown): string {
  return echo(raw).replace(/\d{17}[\dXx]/g, (id) => maskIdNumber(id));
}
