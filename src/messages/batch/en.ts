import type { Entry } from "../catalogue.js";
import type { BatchParams } from "./params.js";

/** The English words of batch inputs and outputs. */
export const enBatch: { readonly [K in keyof BatchParams]: Entry<BatchParams[K]> } = {
  "batch/partialDate": ({ shown }) =>
    `the cell shows "${shown}", not a full date (the spreadsheet filled in the missing part itself; it is no fact); write the year, month and day, e.g. 2021-09-01`,
  "batch/sheetPicked": ({ sheet, first, n }) =>
    `reading the sheet "${sheet}": its header names ${n} known columns; the first sheet "${first}" has no such header (choose another sheet with --sheet <name or number>)`,
  "batch/noRosterSheet": ({ file, sheets }) =>
    `${file}: no sheet has a header naming known columns (sheets looked at: ${sheets}); choose the sheet with the roster with --sheet <name or number>, and if need be name the header row with --header-row <row>; butie batch --list-columns lists the column names`,
  "batch/notInForceStatus": ({ status }) =>
    `${status} (the evaluation date is outside the program's time in force)`,
  "batch/notInForce": ({ programs }) =>
    `not in force on the evaluation date (so not applicable to any record): ${programs}`,
  "batch/inForceSpan": ({ title, from, to }) => `${title} (${from} to ${to ?? "now"})`,
  "batch/amountColumn": ({ column, bound, kind }) => {
    const paidIn = kind === "paid-by-person";
    if (column === "per") return paidIn ? "paid in" : "paid";
    const what = column === "total" ? (paidIn ? "total paid in" : "total") : paidIn ? "paid in" : "amount";
    return `${what}${bound === "at-most" ? " (at most)" : ""} (yuan)`;
  },
  "batch/perOf": ({ per, bound, kind }) =>
    `${per === "month" ? "monthly" : "once"}${kind === "paid-by-person" ? ", paid in by the person (not received)" : ""}${bound === "at-most" ? " (at most; not the sum paid)" : ""}`,
  "batch/ceilingNotSummed":
    "the amount is a ceiling (the most each person may get); the actual sum is set case by case, so none is added up",
  "batch/paidInMonthly": ({ v }) =>
    `paid in per month ${v} (by the people, not money received; not added to payments)`,
  "batch/paidInTotal": ({ v }) => `paid in in all ${v}`,
  "batch/monthlyPaidIn": "Paid in per month (yuan)",
  "batch/totalPaidIn": "Paid in in all (yuan)",
};
