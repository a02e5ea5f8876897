import type { Status } from "../engine/result.js";

export type Lang = "zh" | "en";

/** Text in the user's language. */
export type Local = { readonly zh: string; readonly en: string };

export const STATUS_TEXT: Record<Status, Local> = {
  eligible: { zh: "符合条件", en: "Eligible" },
  undetermined: { zh: "需补充信息", en: "Needs information" },
  ineligible: { zh: "不符合条件", en: "Not eligible" },
  "not-applicable": { zh: "不适用", en: "Not applicable" },
};

export const REASON_TEXT: Record<string, Local> = {
  "not-in-force": { zh: "评估日期不在政策有效期内", en: "not in force on the as-of date" },
  "outside-jurisdiction": { zh: "不在政策适用地区", en: "outside the program's region" },
  "no-section": { zh: "档案未涉及该情形", en: "the profile does not describe this situation" },
};

export const UI = {
  asOf: { zh: "评估日期", en: "As of" },
  today: { zh: "（今天，默认值）", en: " (today, the default)" },
  program: { zh: "项目", en: "Program" },
  status: { zh: "结论", en: "Status" },
  amount: { zh: "金额", en: "Amount" },
  arithmetic: { zh: "计算", en: "Arithmetic" },
  inputs: { zh: "数据", en: "Inputs" },
  parameters: { zh: "参数", en: "Parameters" },
  conditions: { zh: "条件", en: "Conditions" },
  missing: { zh: "还需提供", en: "Still needed" },
  sources: { zh: "依据", en: "Sources" },
  since: { zh: "自", en: "since" },
  perMonth: { zh: "元/月", en: "yuan/month" },
  once: { zh: "元（一次性）", en: "yuan (once)" },
  atMostMonths: { zh: "最长 {n} 个月，合计 {total} 元", en: "at most {n} months, {total} yuan in all" },
  unknownAmount: { zh: "金额待定", en: "amount unknown" },
  noResults: {
    zh: "没有相关项目。用 --all 查看全部项目。",
    en: "No programs apply. Use --all to list every program.",
  },
  case: { zh: "适用档次", en: "Case" },
  monthsCase: { zh: "月数档次", en: "Months case" },
  namedValues: { zh: "中间值", en: "Values" },
  note: { zh: "说明", en: "Note" },
  unknown: { zh: "未知", en: "unknown" },
  overridden: { zh: "已覆盖", en: "overridden" },
  upTo: { zh: "最高 ", en: "up to " },
  notMet: { zh: "未满足", en: "not met" },
  reasons: { zh: "理由", en: "Why" },
  namedPlain: { zh: "中间值", en: "Values worked out" },
  monthsCasePlain: { zh: "月数档次", en: "Months case" },
  schedule: { zh: "逐月发放", en: "Month by month" },
  caveats: { zh: "须经办人员核实", en: "To be confirmed by the caseworker" },
  priority: { zh: "优先", en: "Priority" },
  questions: { zh: "待补充", en: "Still to answer" },
  elsewhere: {
    zh: "其他地区的项目（所在地未填写，仅在您属于该地时相关）",
    en: "Programs elsewhere (your place is not given; they concern you only if you are there)",
  },
  elsewhereHint: { zh: "用 --all 查看这些项目的详情。", en: "Use --all to see them in full." },
} satisfies Record<string, Local>;

/** `1 error`, `2 errors`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
