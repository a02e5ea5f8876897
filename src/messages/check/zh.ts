import type { Entry } from "../catalogue.js";
import type { CheckParams } from "./params.js";

const UNIT: Readonly<Record<string, string>> = {
  years: "年",
  months: "月",
  days: "天",
  yuan: "元",
  "yuan/month": "元/月",
  ratio: "比例",
};
const unitWords = (unit: string) =>
  unit === "plain" ? "没有单位（是一个普通的数）" : `的单位是${UNIT[unit] ?? unit}`;
const HOW = { compare: "不能相互比较", sum: "不能相加减或相互取舍", shift: "不能用作这一日期推算的数量" };

/** Chinese words of `butie check`'s findings in expressions. */
export const zhCheck = {
  "check/unitMismatch": ({ how, left, leftUnit, right, rightUnit, counter }) =>
    `\`${left}\` ${unitWords(leftUnit)}，\`${right}\` ${unitWords(rightUnit)}：二者${HOW[how]}；${
      counter
        ? `请改用 ${counter}`
        : leftUnit === "plain" || rightUnit === "plain"
          ? "若那个数确有单位，请在其声明中写明 unit；否则请改用单位相同的参数或字段"
          : "请换算成同一单位（另设一个以该单位计的参数）"
    }`,
  "check/amountUnit": ({ text, unit, part }) =>
    part === "value"
      ? `金额 \`${text}\` ${unitWords(unit)}：金额应以元或元/月计；是否误用了参数？`
      : `发放月数 \`${text}\` ${unitWords(unit)}：应以月计`,
  "check/excludesUnknown": ({ id, near }) =>
    `excludes 中的 \`${id}\` 不是任何内置或本地项目的 id${near ? `（是否想写 \`${near}\`？）` : ""}：两个不得同时享受的项目会都被给付`,
  "check/neverTrueRange": ({ field, from, fromIn, to, toIn }) =>
    `这个条件永远不能成立：\`${field}\` 不可能既${fromIn ? "不小于" : "大于"} ${from} 又${toIn ? "不大于" : "小于"} ${to}；每个人都会被判为不符合`,
  "check/neverTrueBoth": ({ field }) =>
    `这个条件永远不能成立：\`${field}\` 不可能既为是又为否；每个人都会被判为不符合`,
  "check/bareFigure": ({ value, text }) =>
    `金额算式 \`${text}\` 中有裸数字 ${value}：请写成带日期取值和出处（ref）的命名参数（docs/rules.md §3）`,
  "check/readsLater": ({ name }) =>
    `\`${name}\` 是本文件的命名值，但定义在读取它的值之后：一个命名值只能读取写在它上面的命名值；请把 \`${name}\` 移到前面`,
  "usage/param-percent": ({ name, value, unit }) =>
    `${name} 不是比例${unit ? `（单位是${UNIT[unit] ?? unit}）` : ""}，不能写成百分数：${value}；请写成数字`,
  "run/fail": ({ file, line, name, program }) => `未通过 ${file}:${line} ${name} [${program}]`,
  "run/brokenFixture": "（测试用例文件无法读取）",
  "run/shadowed": ({ file, program, by }) =>
    `注意：${file} 是按内置的 ${program} 运行的，而 ${by} 在本地修改了它；本地的测试用例才检验本地版本`,
  "run/untested": ({ program, file, fixture }) =>
    `未测试 ${program}（${file}）没有测试用例，没有任何检验（请添加 ${fixture}）`,
  "run/untestedLocal": ({ program, by }) =>
    `未测试 ${program}：${by} 在本地修改了它，但没有本地测试用例检验本地版本（请在其旁添加）`,
  "run/noFixtureFiles": "没有找到测试用例文件（*.test.yaml），什么也没有检验",
  "run/nothingRan": "没有运行任何预期，什么也没有检验",
  "run/noMatch": ({ filter }) => `没有用例名称或项目与 --filter ${filter} 相符，什么也没有检验`,
  "run/coverageHead": "覆盖率（条件的 真/假/未知 结果、金额分支和档次）：",
  "run/notExercised": ({ gap }) => `未覆盖：${gap}`,
  "run/coverageAll": ({ percent, min }) =>
    `合计 ${percent}%${min === undefined ? "" : `（最低要求 ${min}%）`}`,
  "run/coverageLow": ({ percent, min }) => `覆盖率 ${percent}% 低于最低要求 ${min}%`,
  "run/files": ({ files, expectations }) => `${files} 个测试用例文件，${expectations} 项预期`,
  "run/passed": ({ passed, failed }) => `${passed} 项通过，${failed} 项未通过`,
  "run/checked": ({ errors, warnings, files }) => `${files} 个文件中有 ${errors} 个错误、${warnings} 个警告`,
} satisfies { [K in keyof CheckParams]: Entry<CheckParams[K]> };
