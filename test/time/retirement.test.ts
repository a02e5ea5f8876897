import { UTCDate } from "@date-fns/utc";
import { describe, expect, it } from "vitest";
import { type RetirementGroup, retirementDate, retirementDelayMonths } from "../../src/time/retirement.js";

describe("retirementDelayMonths", () => {
  it.each<[RetirementGroup, number, number, number]>([
    ["male", 1964, 2, 0],
    ["male", 1964, 12, 0],
    ["male", 1965, 1, 1],
    ["male", 1965, 4, 1],
    ["male", 1965, 5, 2],
    ["male", 1965, 12, 3],
    ["male", 1972, 2, 22],
    ["male", 1976, 8, 35],
    ["male", 1976, 9, 36],
    ["male", 1980, 1, 36],
    ["male", 2000, 6, 36],
    ["female-55", 1969, 12, 0],
    ["female-55", 1970, 1, 1],
    ["female-55", 1971, 4, 4],
    ["female-55", 1981, 8, 35],
    ["female-55", 1981, 9, 36],
    ["female-55", 1990, 1, 36],
    ["female-50", 1974, 12, 0],
    ["female-50", 1975, 1, 1],
    ["female-50", 1975, 2, 1],
    ["female-50", 1975, 3, 2],
    ["female-50", 1984, 10, 59],
    ["female-50", 1984, 11, 60],
    ["female-50", 1990, 6, 60],
  ])("%s born %i-%i → %i months", (group, year, month, delay) => {
    expect(retirementDelayMonths(group, year, month)).toBe(delay);
  });

  it.each([0, 13, 1.5])("rejects birth month %s", (month) => {
    expect(() => retirementDelayMonths("male", 1970, month)).toThrow(RangeError);
  });
});

describe("retirementDate", () => {
  it.each<[RetirementGroup, [number, number, number], [number, number, number]]>([
    ["male", [1965, 1, 15], [2025, 2, 15]],
    ["male", [1965, 12, 1], [2026, 3, 1]],
    ["male", [1964, 2, 10], [2024, 2, 10]],
    ["male", [1980, 7, 20], [2043, 7, 20]],
    ["female-55", [1971, 4, 5], [2026, 8, 5]],
    ["female-55", [1969, 6, 30], [2024, 6, 30]],
    ["female-55", [1985, 3, 3], [2043, 3, 3]],
    ["female-50", [1974, 12, 31], [2024, 12, 31]],
    ["female-50", [1984, 11, 2], [2039, 11, 2]],
    ["female-50", [1990, 6, 18], [2045, 6, 18]],
    // End-of-month birthdays clamp to the last day of the retirement month.
    ["female-55", [1970, 1, 31], [2025, 2, 28]],
    ["male", [1972, 2, 29], [2033, 12, 29]],
    ["male", [1964, 2, 29], [2024, 2, 29]],
    ["female-50", [1976, 2, 29], [2026, 9, 29]],
  ])("%s born %j retires %j", (group, [by, bm, bd], [ry, rm, rd]) => {
    expect(retirementDate(new UTCDate(by, bm - 1, bd), group).getTime()).toBe(Date.UTC(ry, rm - 1, rd));
  });
});
