/** Messages of batch inputs and outputs: a roster's cells, sheets and rows, the summary's totals. */
export interface BatchParams {
  "batch/partialDate": { shown: string };
}
