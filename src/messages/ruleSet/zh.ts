import type { Entry } from "../catalogue.js";
import type { RuleSetParams } from "./params.js";

/** Chinese words of the findings about rule files read together (analyst3). */
export const zhRuleSet: { readonly [K in keyof RuleSetParams]: Entry<RuleSetParams[K]> } = {
  "ruleSet/overrideConflict": ({ program, parameter, date, value, file, otherValue, otherFile }) =>
    `${program} 的参数 \`${parameter}\` 自${date}起的取值在两个本地规则文件中都有规定：${otherFile} 为 ${otherValue}，${file} 为 ${value}；哪一个生效将取决于 --rules 的先后顺序。请只在一个文件中规定这一日期的取值`,
  "ruleSet/onlyNotApplicable": ({ program, file }) =>
    `未测试 ${program}（${file}）的测试用例都预期“不适用”：只检验了施行期间和辖区，没有一个条件或金额被检验（请加一个在辖区内、施行期间内的用例）`,
  "ruleSet/amountPer": ({ text, unit, per }) =>
    unit === "yuan"
      ? `金额 \`${text}\` 的单位是元（一次性），而 amount.per 为 ${per}（按月发放）：会每月都发这一数额；请把 per 改为 once，或把参数的单位改为 yuan/month`
      : `金额 \`${text}\` 的单位是元/月，而 amount.per 为 ${per}（一次性）：只会发一个月的数额；请把 per 改为 month，或把参数的单位改为 yuan`,
  "ruleSet/amountUnsourced": ({ parameter, date, ref }) =>
    `金额参数 \`${parameter}\` 自${date}起的取值以“${ref}”为出处，但这不是本文件 sources 中的任何一项：金额必须有可查的公开出处（标题、网址、原文）；未公布的金额请写 amountNote 说明，不要填写无出处的数字`,
  "ruleSet/placeholderUnread": ({ id, name, test }) =>
    `条件 ${id} 的文字引用了参数 {${name}}，但其判断式 \`${test}\` 并不读取它：说明将与实际判断所用的数值相矛盾；请让文字引用判断式所用的参数`,
  "ruleSet/tableKeysLeft": ({ parameter, date, keys, since }) =>
    `\`${parameter}\` 自${date}起的取值缺少 ${keys}（自${since}起的取值有）：这些情形将没有数值，相关人员会被误报为缺少信息；未变的项请照抄原值`,
  "ruleSet/valueAfterTerm": ({ parameter, date, program, to }) =>
    `\`${parameter}\` 自${date}起的取值在 ${program} 施行期间（至${to}）结束之后，永远不会适用；如要延长施行期间，请写一份替换该项目的本地规则并改 inForce.to`,
  "ruleSet/fileTiers": ({ program, problem, file }, inner) =>
    `本地规则文件 ${file} 的取值使 ${program} 的档次不成立：${inner(problem)}`,
};
