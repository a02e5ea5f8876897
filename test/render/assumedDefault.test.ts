import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// law F4: a value computed from a stated default (a birth date taken as the as-of date when it is not given) is
// not a finding: the condition says the assumption, never the date it yields (2084 = as-of + 63 years). The bundled
// rules no longer take that default (law2 F0: a missing birth date is unknown), so a test-only rule takes it.

const NO_BIRTH_DATE = `
person: { employmentStatus: unemployed, sex: male, receivingBasicPension: false }
unemployment:
  insuredRegion: "640121"
  firstInsuredDate: 2020-12-01
  contributionMonths: 8
  unemployedSince: 2021-08-01
  involuntary: true
  registered: true
  benefitExhausted: false
`;
const ARGS = [
  "eval",
  "-",
  "--as-of",
  "2021-09-01",
  "--rules",
  "test/fixtures-data/assumed-default",
  "--program",
  "test.assumed-default",
];

describe("a condition met by a stated default", () => {
  it.each([["table"], ["md"], ["html"]])(
    "shows the assumption, not the date it yields (%s)",
    async (format) => {
      const { stdout } = await butie([...ARGS, "--format", format], { stdin: NO_BIRTH_DATE });
      expect(stdout).toContain("未填写出生日期，按未达法定退休年龄计");
      expect(stdout).not.toMatch(/2084/);
    },
  );

  it("in English too", async () => {
    const { stdout } = await butie([...ARGS, "--lang", "en"], { stdin: NO_BIRTH_DATE });
    expect(stdout).toContain("no birth date given: taken as below the statutory retirement age");
    expect(stdout).not.toMatch(/2084/);
  });

  it("still states the date when the birth date is given", async () => {
    const given = NO_BIRTH_DATE.replace("sex: male", "sex: male, birthDate: 1970-05-01");
    const { stdout } = await butie(ARGS, { stdin: given });
    expect(stdout).toContain("2031年10月1日前满足");
  });
});
