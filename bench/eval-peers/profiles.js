// Deterministic applicant profiles for the Ningxia unemployment-subsidy comparison (bench/eval.bench.js).
import { WAGE_CLASS } from "./ningxiaSubsidy.data.js";

const REGIONS = [...Object.keys(WAGE_CLASS), "340104", "420102"];
// Before the standard rose, after it, and outside the years the subsidy was in force. The six months paid from
// 2021-03 and from 2022-03 each lie within one standard, so a monthly schedule's total is six monthly amounts.
const DATES = ["2021-03-01", "2022-03-01", "2021-03-01", "2022-03-01", "2019-06-01", "2023-02-01"];

/**
 * `count` complete profiles `{ asOf, data }` (data in butie's profile shape), every combination of status,
 * contributions, reason for leaving, registration and benefit exhaustion, spread over all wage classes.
 */
export function subsidyProfiles(count) {
  // mulberry32: a tiny seeded generator, so every run compares the same profiles.
  let seed = 20211001;
  const next = (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
  return Array.from({ length: count }, () => {
    const contributionMonths = next(40);
    return {
      asOf: DATES[next(DATES.length)],
      data: {
        person: { employmentStatus: next(5) === 0 ? "employed" : "unemployed" },
        unemployment: {
          insuredRegion: REGIONS[next(REGIONS.length)],
          contributionMonths,
          involuntary: next(3) !== 0,
          registered: next(4) !== 0,
          // Only someone who drew the benefit (≥ 12 months of contributions) can have exhausted it.
          benefitExhausted: contributionMonths >= 12 && next(2) === 0,
        },
      },
    };
  });
}
