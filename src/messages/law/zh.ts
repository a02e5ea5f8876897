import type { Entry } from "../catalogue.js";
import type { LawParams } from "./params.js";

export const zhLaw = {
  "law/ended": ({ on }) => `评估日期不在政策有效期内：该政策已于${on}结束`,
  "law/notBegun": ({ on }) => `评估日期不在政策有效期内：该政策${on}起实施`,
  "law/termEnded": ({ on }) => `${on} 已结束`,
  "law/monthsAmountUnknown": ({ months, from, to, note }) => `共${months}（${from}至${to}），每月${note}`,
} satisfies { readonly [K in keyof LawParams]: Entry<LawParams[K]> };
