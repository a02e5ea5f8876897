import type { Entry } from "../catalogue.js";
import type { InputsParams } from "./params.js";

/** The English words of how a value is written in an input file. */
export const enInputs: { readonly [K in keyof InputsParams]: Entry<InputsParams[K]> } = {
  "file/zoned-date": ({ cell, value, day }) =>
    `the date cell ${cell ? `${cell} ` : ""}is written "${value}", with a time zone: butie does not convert time zones (the day could move by one); write it as a date without a zone, such as ${day}`,
  "file/documents-empty": ({ documents }) =>
    `the file holds ${documents} parts separated by "---", all of them empty: no applicant's profile`,
};
