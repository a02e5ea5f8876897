import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

// Issue 10 §7: a dated what-if that a later dated value shadows would silently change nothing.
const PARAM = "ningxia.migrant-living-subsidy.monthlyAmount";
// The example migrant's spell began in 2021, after these 2020 as-of dates (a warning of its own); this one began
// in 2020, within the 2020 measure (May–December 2020, no limit on when the spell began).
const MIGRANT_2020 = `person: { migrantWorker: true, employmentStatus: unemployed, birthDate: 1985-05-20, sex: male }
unemployment:
  insuredRegion: "640104"
  firstInsuredDate: 2019-10-01
  contributionMonths: 7
  unemployedSince: 2020-08-01
  livingSubsidyReceived: false
  receivingOtherPayment: false
`;
const run = (asOf: string, ...params: string[]) =>
  butie(
    [
      "eval",
      "--trace",
      "-",
      "--as-of",
      asOf,
      "--rules",
      "test/fixtures-data/param-shadowed",
      "--program",
      "ningxia.migrant-living-subsidy",
      ...params.flatMap((p) => ["--param", p]),
    ],
    { stdin: MIGRANT_2020 },
  );

describe("--param with a date", () => {
  it("warns when a later dated value of the rule is in force on the as-of date", async () => {
    const { code, stdout, stderr } = await run("2020-10-01", `${PARAM}@2020-06-01=555`);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `butie: 警告：--param ${PARAM}@2020-06-01=555 在 2020-10-01 不适用：当时生效的是 2020-09-01 起的较新值（600，local rules test/fixtures-data/param-shadowed/migrant-living-subsidy.yaml）。去掉日期可覆盖所有日期，或把日期定为 2020-09-01 或更晚\n`,
    );
    expect(stdout).toContain("600 元/月");
  });

  it("warns when the value starts after the as-of date", async () => {
    const { stderr } = await run("2020-10-01", `${PARAM}@2020-11-01=555`);
    // analyst F14: not "not in force" — it applies to the months paid from its date.
    expect(stderr).toContain("自 2020-11-01 起适用，2020-10-01 当天尚未生效：它只作用于 2020-11-01 起的月份");
  });

  it("says nothing when the dated value is the one in force, or has no date", async () => {
    expect((await run("2020-10-01", `${PARAM}@2020-09-15=555`)).stderr).toBe("");
    expect((await run("2020-10-01", `${PARAM}=555`)).stderr).toBe("");
  });
});

describe("a fixture's dated `params`", () => {
  it("shadowed on the case's date by a later value is a located fixture/param error, not a silent pass", async () => {
    const { code, stdout } = await butie([
      "test",
      "test/fixtures-data/test-param-shadowed",
      "--rules",
      "test/fixtures-data/param-shadowed",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "migrant-living-subsidy.test.yaml:5:13 fixture/param ningxia.migrant-living-subsidy.monthlyAmount@2020-06-01=555 does not apply on 2020-10-01",
    );
  });
});
