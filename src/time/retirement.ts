import { addMonths } from "date-fns/addMonths";

export type RetirementGroup = "male" | "female-55" | "female-50";

type Schedule = { originalAge: number; firstCohortYear: number; pace: number; maxDelay: number };

// 国务院关于渐进式延迟法定退休年龄的办法 第一条; first cohorts are born in January of these years.
const SCHEDULES: Record<RetirementGroup, Schedule> = {
  male: { originalAge: 60, firstCohortYear: 1965, pace: 4, maxDelay: 36 },
  "female-55": { originalAge: 55, firstCohortYear: 1970, pace: 4, maxDelay: 36 },
  "female-50": { originalAge: 50, firstCohortYear: 1975, pace: 2, maxDelay: 60 },
};

/** Months by which the 2024 reform delays retirement for someone born in the given year and month (1-12). */
export function retirementDelayMonths(group: RetirementGroup, birthYear: number, birthMonth: number): number {
  if (!Number.isInteger(birthMonth) || birthMonth < 1 || birthMonth > 12) {
    throw new RangeError(`birth month must be 1-12, got ${birthMonth}`);
  }
  const { firstCohortYear, pace, maxDelay } = SCHEDULES[group];
  const k = (birthYear - firstCohortYear) * 12 + (birthMonth - 1);
  if (k < 0) return 0;
  return Math.min(Math.floor(k / pace) + 1, maxDelay);
}

/** Statutory retirement date: birth date plus the group's original age plus the reform's delay months. */
export function retirementDate(birthDate: Date, group: RetirementGroup): Date {
  // Batches meet the same birthdays again and again; the date for a birthday and group never changes.
  const key = birthDate.getTime() * 4 + GROUP_KEY[group];
  let date = cache.get(key);
  if (!date) {
    const delay = retirementDelayMonths(group, birthDate.getUTCFullYear(), birthDate.getUTCMonth() + 1);
    // One addMonths call so a 29 Feb birthday is clamped at most once, in the final month.
    date = addMonths(birthDate, SCHEDULES[group].originalAge * 12 + delay);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, date);
  }
  return date;
}

const CACHE_LIMIT = 200_000;
const GROUP_KEY: Record<RetirementGroup, number> = { male: 0, "female-55": 1, "female-50": 2 };
const cache = new Map<number, Date>();
