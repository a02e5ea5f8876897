import type { Entry } from "../catalogue.js";
import type { BatchParams } from "./params.js";

/** The Chinese words of batch inputs and outputs. */
export const zhBatch: { readonly [K in keyof BatchParams]: Entry<BatchParams[K]> } = {
  "batch/partialDate": ({ shown }) =>
    `单元格显示为“${shown}”，不是完整的年月日（缺少的部分是表格软件自己补上的，不能当作事实）；请写年月日，如 2021年9月1日`,
};
