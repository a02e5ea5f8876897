/** Parameters of what an answer says about the law's own dates: a term that ended or has not begun, months paid. */
export interface LawParams {
  /** Out of its term (law3 F5b): the day it ended, or the day it begins. */
  "law/ended": { on: string };
  "law/notBegun": { on: string };
  /** `rules list`: a term that has ended (law3 F5d). */
  "law/termEnded": { on: string };
  /** The months a benefit pays when each month's amount is unknown (law3 F3). */
  "law/monthsAmountUnknown": { months: string; from: string; to: string; note: string };
}
