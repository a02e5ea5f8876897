import { addYears } from "date-fns/addYears";
import { afterEach, describe, expect, it } from "vitest";
import { formatIsoDate, parseIsoDate } from "../../src/expr/values.js";
import { retirementDate } from "../../src/time/retirement.js";

// Regression: dates were local-midnight, and in Asia/Shanghai midnight did not exist on some 1940s days
// (daylight saving began at 00:00), so a birthday parsed as 01:00 and "年满80周岁" failed on the birthday.
describe("calendar days do not depend on the machine's time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(["Asia/Shanghai", "America/New_York", "Pacific/Kiritimati", "UTC"])("in %s", (tz) => {
    process.env.TZ = tz;
    const birth = parseIsoDate("1940-06-01") as Date;
    expect(formatIsoDate(birth)).toBe("1940-06-01");
    expect(addYears(birth, 80).getTime()).toBe((parseIsoDate("2020-06-01") as Date).getTime());
    expect(formatIsoDate(retirementDate(parseIsoDate("1965-01-15") as Date, "male"))).toBe("2025-02-15");
  });
});
