import Big from "big.js";
import { LIMITS } from "../limits.js";
import { type Message, message } from "../messages/index.js";
import { withDigits } from "./chineseNumerals.js";
import type { Fact } from "./fact.js";
import { numberText, shown, yearsAndMonths } from "./factText.js";
import type { ScalarFieldDef } from "./fieldSchema.js";

/** The units a field's number may be written with, and what each is worth in the field's own unit. */
const UNITS: Record<string, Record<string, number>> = {
  months: { 个月: 1, 月: 1, 年: 12 },
  years: { 岁: 1, 周岁: 1, 年: 1 },
  yuan: { 元: 1, 块: 1 },
  "yuan/month": { 元: 1, 块: 1, "元/月": 1, 元每月: 1 },
};

const refuse = (code: string, says: Message): Fact => ({ ok: false, code, says });

/** Distinct numbers a field's reader remembers before it starts again (a roster repeats few of them). */
const REMEMBERED = 10_000;
/** The longest text remembered: numbers people write are short; a padded one (0…07) is read each time. */
const REMEMBERED_TEXT = 32;

/**
 * The reader of an integer or decimal field. Every channel's number reaches it as text: a typed answer or a
 * cell as written, a profile's number as its source digits, so `11.9999999999999999` is never the double 12.
 */
export function numberReader(def: ScalarFieldDef): {
  text: (text: string, raw: unknown) => Fact;
  safeInteger: (n: number) => Fact;
} {
  const { min, max, oneOf, unit } = def;
  const whole = def.type === "integer";
  const units = UNITS[unit ?? ""] ?? {};
  const ratio = unit === "ratio";
  const money = unit === "yuan" || unit === "yuan/month";
  // A number read as written in the field's own unit is the same fact each time: one fact (and one Big, shared
  // like a remembered date: the engine never mutates values) per distinct text or whole number.
  const plain = new Map<string, Fact>();
  const integers = new Map<number, Fact>();
  const check = (value: Big, note?: Message): Fact => {
    const v = value.toString();
    if (whole && !value.round(0, Big.roundDown).eq(value))
      return refuse("profile/type", message("fact/whole", { value: v }));
    if (min !== undefined && value.lt(min))
      return refuse("profile/range", message("fact/min", { value: v, min: String(min) }));
    if (max !== undefined && value.gt(max)) {
      if (ratio && max === 1)
        return refuse(
          "profile/range",
          message("fact/ratio-over-one", { value: v, percent: value.div(100).toString() }),
        );
      return refuse("profile/range", message("fact/max", { value: v, max: String(max) }));
    }
    if (oneOf && !oneOf.some((n) => value.eq(n)))
      return refuse("profile/range", message("fact/one-of", { value: v, choices: oneOf.join("、") }));
    return note ? { ok: true, value, note } : { ok: true, value };
  };
  const text = (text: string, raw: unknown): Fact => {
    const known = plain.get(text);
    if (known) return known;
    const digits = withDigits(text);
    if (digits !== undefined) {
      const read = readText(digits, raw);
      return read.ok && !read.note
        ? { ...read, note: message("fact/numerals", { value: shown(raw), read: digits }) }
        : read;
    }
    return readText(text, raw);
  };
  const readText = (text: string, raw: unknown): Fact => {
    if (unit === "months") {
      const ym = yearsAndMonths(text);
      if (ym) {
        // 4年13个月: a months part of a year or more is a slip (4年1个月? 4年3个月?), never 61 months.
        if (Number(ym.months) >= 12)
          return refuse(
            "profile/type",
            message("facts/months-over-year", { value: shown(raw), months: ym.months }),
          );
        const months = new Big(ym.years).times(12).plus(ym.months);
        return check(
          months,
          message("fact/years-as-months", { value: shown(raw), months: months.toString() }),
        );
      }
    }
    const read = numberText(text);
    if ("problem" in read) {
      const code =
        read.problem === "grouping"
          ? "fact/grouping"
          : read.problem === "notation"
            ? "fact/not-decimal-notation"
            : "fact/not-number";
      if (code === "fact/not-number") return notNumber(raw, unit);
      return refuse("profile/type", message(code, { value: shown(raw) }));
    }
    const value = exact(read.digits, raw);
    if (!(value instanceof Big)) return value;
    // Money is written to the fen: three decimals (1.500) is a thousands separator typed as a dot, or no amount.
    if (money && /\.\d{3}/.test(read.digits))
      return refuse("profile/type", message("fact/money-decimals", { value: read.digits }));
    if (read.percent) return ratio ? check(value.div(100)) : refuse("profile/type", wrongUnit(raw, unit));
    if (read.unit === "")
      return text.length > REMEMBERED_TEXT ? check(value) : remember(plain, text, check(value));
    const factor = units[read.unit];
    if (factor === undefined) return refuse("profile/type", wrongUnit(raw, unit));
    return factor === 1
      ? check(value)
      : check(
          value.times(factor),
          message("fact/years-as-months", { value: shown(raw), months: value.times(factor).toString() }),
        );
  };
  // A whole number a double holds exactly (most cells): no text to read, the same checks.
  // -0 is its own Big (sign -1) but the same key as 0 in a Map: read each time.
  const safeInteger = (n: number) =>
    Object.is(n, -0) ? check(new Big(n)) : (integers.get(n) ?? remember(integers, n, check(new Big(n))));
  return { text, safeInteger };
}

// The units whose refusal gives examples of their own (a months question is not answered "5000元").
const EXAMPLE_UNITS = ["months", "years", "yuan", "yuan/month", "ratio"] as const;
const isExampleUnit = (unit: string | undefined): unit is (typeof EXAMPLE_UNITS)[number] =>
  (EXAMPLE_UNITS as readonly (string | undefined)[]).includes(unit);

/** A value that is no number, refused with an example in the field's unit where it has one. */
export function notNumber(raw: unknown, unit: string | undefined): Fact {
  return isExampleUnit(unit)
    ? refuse("profile/type", message("fact/not-number-as", { value: shown(raw), unit }))
    : refuse("profile/type", message("fact/not-number", { value: shown(raw) }));
}

/** `fact`, remembered under `key` when it was read (a refusal names what was written: not remembered). */
function remember<K>(facts: Map<K, Fact>, key: K, fact: Fact): Fact {
  if (!fact.ok) return fact;
  if (facts.size >= REMEMBERED) facts.clear();
  facts.set(key, Object.freeze(fact));
  return fact;
}

function wrongUnit(raw: unknown, unit: string | undefined) {
  return message("fact/wrong-unit", { value: shown(raw), unit: unit ?? "none" });
}

/** Written numbers beyond these are refused before any arithmetic (`1e-99999999` would cost gigabytes). */
function exact(digits: string, raw: unknown): Big | Fact {
  const mantissa = digits
    .replace(/[eE].*$/, "")
    .replace(/[-+.]/g, "")
    .replace(/^0+/, "");
  const value = new Big(digits);
  if (value.e > LIMITS.numberExponent)
    return refuse("profile/range", message("fact/too-large", { value: shown(raw) }));
  if (value.e < -LIMITS.numberExponent && !value.eq(0))
    return refuse("profile/range", message("fact/too-small", { value: shown(raw) }));
  if (mantissa.length > LIMITS.numberDigits)
    return refuse("profile/range", message("fact/too-many-digits", { value: shown(raw) }));
  return value;
}
