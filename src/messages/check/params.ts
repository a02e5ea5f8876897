/** Parameters of `butie check`'s findings in expressions: units, conditions never true, ids that name nothing. */
export interface CheckParams {
  /** `how`: what the two sides meet in — a comparison, a sum (`+`, `-`, `??`, min/max) or a date shift's count. */
  "check/unitMismatch": {
    how: "compare" | "sum" | "shift";
    left: string;
    leftUnit: string;
    right: string;
    rightUnit: string;
    /** The counting function that gives the wanted unit, when one side is such a call (use monthsBetween). */
    counter?: string;
  };
  "check/amountUnit": { text: string; unit: string; part: "value" | "months" };
  "check/excludesUnknown": { id: string; near?: string };
  "check/neverTrueRange": { field: string; from: string; fromIn: boolean; to: string; toIn: boolean };
  "check/neverTrueBoth": { field: string };
  "check/bareFigure": { value: string; text: string };
  "check/readsLater": { name: string };
  /** `--param …=80%` for a parameter that is no ratio. */
  "usage/param-percent": { name: string; value: string; unit: string };
}
