import type { Entry } from "../catalogue.js";
import type { Inner } from "../general/params.js";
import type { FactsParams, IsoDay } from "./params.js";

/** A day in Chinese words (1980年12月1日), by the catalogue's own word for a day. */
const day = (iso: IsoDay, inner: (m: Inner) => string): string => {
  const [y, m, d] = iso.split("-").map(Number);
  return inner({ code: "words/date/day", params: { y, m, d } });
};

/** The YAML parser's problems by its code, in Chinese: its own words are English only. */
const YAML_ZH: Readonly<Record<string, string>> = {
  MULTILINE_IMPLICIT_KEY: "键（冒号前的名称）必须写在一行之内；这一行像是缺少半角冒号“:”",
  TAB_AS_INDENT: "不能用 Tab 键缩进，请改用空格",
  BAD_INDENT: "缩进不对齐，或括号没有配对",
  MISSING_CHAR: "缺少配对的引号或括号",
  BLOCK_AS_IMPLICIT_KEY: "一行中写了两个冒号“:”；值里有冒号时请给值加引号",
  UNEXPECTED_TOKEN: "这里出现了不该有的内容，请检查上一行的缩进和冒号",
  BAD_SCALAR_START: "值不能以这个符号开头；请给值加引号",
  BAD_DQ_ESCAPE: "双引号中的反斜杠“\\”后面的写法不对",
};

/** The Chinese words of facts read together. */
export const zhFacts: { readonly [K in keyof FactsParams]: Entry<FactsParams[K]> } = {
  "facts/insured-before-birth": ({ insured, birth }, inner) =>
    `首次参保日期 ${day(insured, inner)} 早于出生日期 ${day(birth, inner)}：两项中至少有一项填错，请核对`,
  "facts/insured-before-16": ({ insured, birth, sixteen }, inner) =>
    `首次参保日期 ${day(insured, inner)} 早于年满16周岁（出生日期 ${day(birth, inner)}，${day(sixteen, inner)} 满16周岁）：不满16周岁不能参加工作（《劳动法》第十五条），请核对这两项`,
  "facts/unemployed-before-insured": ({ unemployed, insured }, inner) =>
    `本次失业日期 ${day(unemployed, inner)} 早于首次参保日期 ${day(insured, inner)}：参保后才可能失业，请核对这两项`,
  "facts/months-beyond-period": ({ field, months, from, fromField, to, toField, most }, inner) =>
    `${field.zh} ${months} 个月超过了可能缴费的月数：从${fromField === "sixteen" ? "年满16周岁" : fromField.zh} ${day(from, inner)} 到${toField === "as-of" ? "评估日期" : toField.zh} ${day(to, inner)} 最多 ${most} 个月，请核对这几项`,
  "fact/after-as-of": ({ value, asOf }, inner) =>
    `${day(value, inner)} 晚于评估日期 ${day(asOf, inner)}：在评估日期时此事尚未发生，资料与评估日期不符；请改正日期，或用此日期之后的评估日期`,
  "fact/future-date": ({ value, today }, inner) =>
    `${day(value, inner)} 晚于今天（${day(today, inner)}）；该日期应当已经过去`,
  "facts/invisible": ({ value, chars }) =>
    `${value} 带有看不见的字符（${chars}，多为从网页复制时带入），已去掉后读取`,
  "facts/and": ({ first, second }, inner) => `${inner(first)}；${inner(second)}`,
  "facts/months-over-year": ({ value, months }) =>
    `${value} 中的 ${months} 个月不是一年之内的月数（应为 0 到 11）；请写成总月数或改正年数`,
  "facts/unknown-word": ({ value }) => `${value} 按未知（未填写）处理`,
  "facts/col/notes": "说明",
  // A code without Chinese words quotes the parser's own (rare: every code the parser gives today has words).
  "facts/yaml-syntax": ({ code, reason, fullWidthColon }) =>
    `YAML 格式错误：${YAML_ZH[code] ?? `这里的结构读不懂（${reason}），请检查缩进、冒号和引号`}${fullWidthColon ? "（这一行的冒号是全角的“：”，请改为半角的“:”，其后空一格）" : ""}`,
};
