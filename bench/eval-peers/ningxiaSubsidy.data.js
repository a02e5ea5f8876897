// The Ningxia unemployment subsidy (失业补助金) as plain data, written from ../shared/spec/POLICY.md (ningxia section)
// independently of rules/ningxia/unemployment-subsidy.yaml, for the peer engines of bench/eval.bench.js.

/** GB/T 2260 county → minimum-wage class (中工网 2021-09-24). */
export const WAGE_CLASS = {
  640104: 1,
  640105: 1,
  640106: 1,
  640202: 1,
  640205: 1,
  640121: 2,
  640122: 2,
  640181: 2,
  640221: 2,
  640302: 2,
  640381: 2,
  640502: 2,
  640521: 2,
  640303: 3,
  640323: 3,
  640324: 3,
  640402: 3,
  640422: 3,
  640423: 3,
  640424: 3,
  640425: 3,
  640522: 3,
};

/** Monthly unemployment-benefit standard (yuan) by class: before and from 2021-09-01. */
export const STANDARD = {
  before: { 1: 1494, 2: 1404, 3: 1332 },
  from20210901: { 1: 1755, 2: 1656, 3: 1575 },
};
export const RAISE = "2021-09-01";
export const IN_FORCE = { from: "2020-03-01", to: "2022-12-31" };
export const MONTHS = 6;
