import type { Entry } from "../catalogue.js";
import type { ReportParams } from "./params.js";

/** Chinese words of the case report. */
export const zhReport = {
  "report/title": "补贴资格测算报告",
  "report/reference": "经办档案编号",
  "report/noReference": "（未填写）",
  "report/idNumber": "身份证号码（已遮蔽）",
  "report/asOf": "评估日期",
  "report/today": "（当天，未指定日期时的默认值）",
  "report/chosen": "（指定日期）",
  "report/summary": "结论摘要",
  "report/conditions": "条件",
  "report/arithmetic": "计算过程",
  "report/schedule": "逐月发放",
  "report/month": "月份",
  "report/sources": "政策依据",
  "report/cited": "依据：",
  "report/seeBelow": "（原文见文末“政策依据”）",
  "report/questions": "待补充",
  "report/caveats": "须经办人员核实",
  "report/facts": "申报信息",
  "report/none": "评估日期没有适用于此档案的项目（--all 列出全部项目及其不适用的原因）。",
  "report/derived": "由身份证号码推算",
  "report/elsewhere": "其他地区的项目（所在地未填写）",
  "report/disclaimer": "本测算结果仅依据所填信息，仅供参考，以经办机构审核为准。",
  "report/signature": "经办人（签字）：",
  "report/date": "日期：",
  "report/colon": "：",
  "report/printedOn": "打印日期",
  "report/labelled": ({ label, value }) => `${label}：${value}`,
  // fix-render (analyst F16): a what-if (--param) calculation says so at its head and in its summary.
  "report/whatIfTitle": "补贴资格假设测算（非正式结论）",
  "report/whatIfSummary": "结论摘要（假设测算）",
  "report/whatIfNote": ({ changes }) =>
    `本测算改动了现行规定的数值，结果不是依现行规定作出的结论，不能作为审核依据。改动：${changes}`,
  "report/page": ({ page, pages }) => `第 ${page} 页，共 ${pages} 页`,
} satisfies { readonly [K in keyof ReportParams]: Entry<ReportParams[K]> };
