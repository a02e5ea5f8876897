import type { Entry } from "../catalogue.js";
import type { BatchParams } from "./params.js";

/** The English words of batch inputs and outputs. */
export const enBatch: { readonly [K in keyof BatchParams]: Entry<BatchParams[K]> } = {
  "batch/partialDate": ({ shown }) =>
    `the cell shows "${shown}", not a full date (the spreadsheet filled in the missing part itself; it is no fact); write the year, month and day, e.g. 2021-09-01`,
};
