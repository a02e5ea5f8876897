import type { Entry } from "../catalogue.js";
import type { BatchParams } from "./params.js";

/** The Chinese words of batch inputs and outputs. */
export const zhBatch: { readonly [K in keyof BatchParams]: Entry<BatchParams[K]> } = {
  "batch/partialDate": ({ shown }) =>
    `单元格显示为“${shown}”，不是完整的年月日（缺少的部分是表格软件自己补上的，不能当作事实）；请写年月日，如 2021年9月1日`,
  "batch/sheetPicked": ({ sheet, first, n }) =>
    `读取工作表“${sheet}”：它的表头有 ${n} 个已知列名，第一个工作表“${first}”没有这样的表头（要读别的工作表，用 --sheet <名称或序号>）`,
  "batch/noRosterSheet": ({ file, sheets }) =>
    `${file}：没有一个工作表有可识别的表头（已查看工作表 ${sheets}）；请用 --sheet <名称或序号> 选择花名册所在的工作表，必要时用 --header-row <行号> 指出表头所在行；列名可用 butie batch --list-columns 查看`,
  "batch/notInForceStatus": ({ status }) => `${status}（评估日期不在政策有效期内）`,
  "batch/notInForce": ({ programs }) => `评估日期不在政策有效期内的项目（每条记录都不适用）：${programs}`,
  "batch/inForceSpan": ({ title, from, to }) => `${title}（${from}至${to ?? "今"}）`,
  "batch/amountColumn": ({ column, bound, kind }) => {
    const paidIn = kind === "paid-by-person";
    if (column === "per") return paidIn ? "缴存方式" : "发放方式";
    const what = column === "total" ? (paidIn ? "缴存总额" : "总额") : paidIn ? "缴存额" : "金额";
    return `${what}${bound === "at-most" ? "上限" : ""}（元）`;
  },
  "batch/perOf": ({ per, bound, kind }) =>
    `${per === "month" ? "每月" : "一次性"}${kind === "paid-by-person" ? "缴存（本人缴入，不是领取）" : ""}${bound === "at-most" ? "（最高额，不是实发额）" : ""}`,
  "batch/ceilingNotSummed": "金额是上限（每人最高额），实际金额按规定另定，故不相加",
  "batch/paidInMonthly": ({ v }) => `月缴存合计 ${v}（本人缴入，不是领取的钱，不与发放额相加）`,
  "batch/paidInTotal": ({ v }) => `缴存总额 ${v}`,
  "batch/monthlyPaidIn": "月缴存合计（元）",
  "batch/totalPaidIn": "缴存总额（元）",
};
