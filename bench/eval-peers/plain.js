// The Ningxia unemployment subsidy hand-written in plain JavaScript: the speed ceiling for bench/eval.bench.js.
import { IN_FORCE, MONTHS, RAISE, STANDARD, WAGE_CLASS } from "./ningxiaSubsidy.data.js";

/**
 * Status and monthly amount of one complete profile (shape: bench/eval-peers/profiles.js) on `asOf`
 * (YYYY-MM-DD): `{ status, amount }`, amount in yuan per month when eligible, else null.
 */
export function plainSubsidy(p, asOf) {
  const u = p.unemployment;
  if (asOf < IN_FORCE.from || asOf > IN_FORCE.to || !u.insuredRegion.startsWith("64"))
    return { status: "not-applicable", amount: null };
  const entitledToBenefit = u.contributionMonths >= 12 && u.involuntary && u.registered;
  const eligible =
    p.person.employmentStatus === "unemployed" &&
    u.contributionMonths >= 1 &&
    (u.benefitExhausted || !entitledToBenefit);
  if (!eligible) return { status: "ineligible", amount: null };
  const standard = (asOf >= RAISE ? STANDARD.from20210901 : STANDARD.before)[WAGE_CLASS[u.insuredRegion]];
  const rate = u.benefitExhausted || u.contributionMonths >= 6 ? 0.8 : 0.5;
  return { status: "eligible", amount: standard * rate, months: MONTHS };
}
