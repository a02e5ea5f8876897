import type { Entry } from "../catalogue.js";
import type { InputsParams } from "./params.js";

/** The Chinese words of how a value is written in an input file. */
export const zhInputs: { readonly [K in keyof InputsParams]: Entry<InputsParams[K]> } = {
  "file/zoned-date": ({ cell, value, day }) =>
    `日期单元格${cell ? ` ${cell} ` : ""}写作“${value}”，带有时区：butie 不换算时区（换算后可能相差一天），请改成不带时区的日期，如 ${day}`,
  "file/documents-empty": ({ documents }) =>
    `文件中有 ${documents} 个用“---”分隔的部分，都是空的：没有任何申请人的档案`,
};
