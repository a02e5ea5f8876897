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
  // The lines of `butie test` and `butie check` themselves, in the run's language (codes and paths stay as written).
  "run/fail": { file: string; line: number; name: string; program: string };
  "run/brokenFixture": undefined;
  "run/shadowed": { file: string; program: string; by: string };
  "run/untested": { program: string; file: string; fixture: string };
  "run/untestedLocal": { program: string; by: string };
  "run/noFixtureFiles": undefined;
  "run/nothingRan": undefined;
  "run/noMatch": { filter: string };
  "run/coverageHead": undefined;
  "run/notExercised": { gap: string };
  "run/coverageAll": { percent: string; min?: string };
  "run/coverageLow": { percent: string; min: string };
  "run/files": { files: number; expectations: number };
  "run/passed": { passed: number; failed: number };
  "run/checked": { errors: number; warnings: number; files: number };
}
