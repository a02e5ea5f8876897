import type { Entry } from "../catalogue.js";
import type { LawParams } from "./params.js";

export const enLaw = {
  "law/ended": ({ on }) => `Not in force on the as-of date: the program ended on ${on}`,
  "law/notBegun": ({ on }) => `Not in force on the as-of date: the program starts on ${on}`,
  "law/termEnded": ({ on }) => `ended ${on}`,
  "law/monthsAmountUnknown": ({ months, from, to, note }) =>
    `${months} (${from} to ${to}); each month: ${note}`,
} satisfies { readonly [K in keyof LawParams]: Entry<LawParams[K]> };
