/** Who an amount goes to or comes from (defined here, below rules, which re-exports it: messages are worded by it). */
export type AmountKind = "paid-to-person" | "paid-by-person" | "paid-to-employer";

/** Messages of batch inputs and outputs: a roster's cells, sheets and rows, the summary's totals. */
export interface BatchParams {
  "batch/partialDate": { shown: string };
  "batch/notInForceStatus": { status: string };
  "batch/notInForce": { programs: string };
  "batch/inForceSpan": { title: string; from: string; to?: string };
  "batch/sheetPicked": { sheet: string; first: string; n: number };
  "batch/noRosterSheet": { file: string; sheets: string };
  "batch/amountColumn": { column: string; bound: "exact" | "at-most"; kind: AmountKind };
  "batch/perOf": { per: "once" | "month"; bound: "exact" | "at-most"; kind: AmountKind };
  "batch/ceilingNotSummed": undefined;
  "batch/paidInMonthly": { v: string };
  "batch/paidInTotal": { v: string };
  "batch/monthlyPaidIn": undefined;
  "batch/totalPaidIn": undefined;
}
