import Big from "big.js";

// Citizens answer in words: 五年, 两年半, 十二个月, 一年零三个月, 三千五百元. A number written so is read as its
// digits and said back (the reader's note quotes what was written), never refused as "not a number".

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const NUMERALS = /[零〇一二两三四五六七八九十百千万]+/g;
const ANY_NUMERAL = /[零〇一二两三四五六七八九十百千万半]/;

/**
 * The value of a run of numerals, or undefined when the run is not one number (`五五`, `十十`). A digit after a
 * unit without 零 is the next unit down, as people say it: 两千五 is 2500, 三百五 350, 一万五 15000.
 */
export function numeralValue(run: string): number | undefined {
  let total = 0; // the 万s
  let section = 0; // below 万
  let digit: number | undefined;
  let lastUnit = 0;
  let afterZero = false;
  for (const c of run) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined && !(digit === 0 || d === 0)) return undefined; // 五五
      afterZero = d === 0 || (afterZero && digit === 0);
      digit = d;
      continue;
    }
    if (c === "万") {
      if (total !== 0) return undefined;
      total = (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = 10000;
      afterZero = false;
      continue;
    }
    const unit = UNITS[c] as number;
    if (lastUnit !== 0 && lastUnit !== 10000 && unit >= lastUnit) return undefined; // 十十, 十百
    section += (digit ?? (section === 0 && total === 0 ? 1 : Number.NaN)) * unit;
    if (Number.isNaN(section)) return undefined;
    digit = undefined;
    lastUnit = unit;
    afterZero = false;
  }
  if (digit === undefined) return total + section;
  const colloquial = lastUnit !== 0 && !afterZero && digit !== 0;
  return total + section + (colloquial ? digit * (lastUnit / 10) : digit);
}

/**
 * `text` with its Chinese numerals as digits (`两年半` → `2.5年`, `一年零三个月` → `1年3个月`, `1.5万元` →
 * `15000元`), or undefined when it
 * holds none or one that is no number.
 */
export function withDigits(text: string): string | undefined {
  if (!ANY_NUMERAL.test(text)) return undefined;
  let failed = false;
  const digits = text
    .replace(/^(\d+(?:\.\d+)?)(万|千)/, (_, n: string, unit: string) =>
      new Big(n).times(unit === "万" ? 10000 : 1000).toFixed(),
    )
    .replace(NUMERALS, (run) => {
      const value = numeralValue(run);
      if (value === undefined) failed = true;
      return String(value);
    })
    .replace(/^半(年|个月)/, "0.5$1")
    .replace(/^(\d+)(年|个)半/, "$1.5$2");
  return failed || /[半零〇]/.test(digits) ? undefined : digits;
}
