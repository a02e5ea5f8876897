import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// law F6: a monthly amount whose later months lie past the standard's horizon says in its headline from when the
// amount is unknown (the 2021 standard is confirmed to 2023-08: 20 months known, 4 unknown), as it says from when a raised standard is paid — never "每月1755元，共24个月" alone.

const PAST_HORIZON = `
person: { employmentStatus: unemployed, birthDate: 1988-05-20, sex: male, receivingBasicPension: false }
unemployment:
  insuredRegion: "640104"
  firstInsuredDate: 2010-06-01
  contributionMonths: 120
  unemployedSince: 2021-12-01
  involuntary: true
  registered: true
  benefitExhausted: false
`;
const ARGS = ["eval", "-", "--as-of", "2022-01-01", "--program", "ningxia.unemployment-benefit"];

describe("the headline of a monthly amount unknown from a later month", () => {
  it.each([["table"], ["md"], ["html"]])("names the month from which it is unknown (%s)", async (format) => {
    const { stdout } = await butie([...ARGS, "--format", format], { stdin: PAST_HORIZON });
    expect(stdout).toContain("每月1755元（2023年9月起未知），共24个月，合计待定");
  });

  it("in English too", async () => {
    const { stdout } = await butie([...ARGS, "--lang", "en"], { stdin: PAST_HORIZON });
    expect(stdout).toContain(
      "1755 yuan a month (unknown from September 2023), for 24 months, total not yet known",
    );
  });
});
