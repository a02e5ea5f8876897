import Big from "big.js";
import { describe, expect, it } from "vitest";
import { asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ComparisonRecord } from "../../src/expr/explainRecord.js";
import { parseIsoDate, type Value } from "../../src/expr/values.js";
import { profileOf } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";

// The structured steps an explanation is worded from: additive to the trace, only when explaining.

const rules = loadRules();
const asOf = asOfDate("2021-09-01") as NonNullable<ReturnType<typeof asOfDate>>;
const program = (id: string) => rules.programs.get(id) as NonNullable<ReturnType<typeof rules.programs.get>>;
const ningxia = (fields: Record<string, Value>) =>
  profileOf({ "unemployment.insuredRegion": "640121", ...fields });

describe("comparison records", () => {
  it("give both sides of a failed comparison: the person's field and the law's number", () => {
    const r = evaluateProgram(
      program("ningxia.unemployment-benefit"),
      ningxia({ "unemployment.contributionMonths": new Big(8) }),
      asOf,
    );
    const c = r.conditions.find((x) => x.result === false);
    const rec = c?.records?.find((x) => x.kind === "compare") as ComparisonRecord;
    expect(rec).toMatchObject({ op: ">=", result: false });
    expect(rec.left).toMatchObject({
      name: "unemployment.contributionMonths",
      fields: ["unemployment.contributionMonths"],
    });
    expect(String(rec.left.value)).toBe("8");
    expect(rec.right.params).toHaveLength(1);
    expect(String(rec.right.value)).toBe("12");
  });

  it("record a date computed from the profile against the as-of date", () => {
    const r = evaluateProgram(
      program("hubei.startup-subsidy"),
      profileOf({
        "person.povertyAlleviated": true,
        "business.region": "420102",
        "business.kind": "micro-enterprise",
        "business.licenseDate": parseIsoDate("2021-03-01") as Date,
        "business.operatingNormally": true,
      }),
      asOf,
    );
    const dated = r.conditions
      .flatMap((c) => c.records ?? [])
      .find((x) => x.kind === "compare" && (x.left.asOf || x.right.asOf)) as ComparisonRecord;
    expect(dated.result).toBe(false);
    expect(dated.left.value).toEqual(parseIsoDate("2022-03-01"));
    expect(dated.right.asOf).toBe(true);
  });

  it("are not kept when no explanation is wanted (batch)", () => {
    const r = evaluateProgram(
      program("ningxia.unemployment-benefit"),
      ningxia({ "unemployment.contributionMonths": new Big(8) }),
      asOf,
      { explain: false },
    );
    for (const c of r.conditions) expect(c.records ?? []).toEqual([]);
  });
});

describe("possible amounts", () => {
  it("an unknown case condition leaves the amount open between the cases' values", () => {
    const r = evaluateProgram(
      program("hubei.startup-subsidy"),
      profileOf({
        "person.povertyAlleviated": true,
        "business.region": "420102",
        "business.kind": "micro-enterprise",
        "business.licenseDate": parseIsoDate("2020-01-01") as Date,
        "business.operatingNormally": true,
        "business.startupSubsidyReceived": false,
      }),
      asOf,
    );
    expect(r.status).toBe("eligible");
    expect(r.amount?.value).toBeNull();
    expect(r.amount?.possible?.values?.map(String)).toEqual(["2000", "5000"]);
  });

  it("a known amount has none", () => {
    const r = evaluateProgram(
      program("ningxia.unemployment-subsidy"),
      ningxia({
        "unemployment.contributionMonths": new Big(8),
        "person.employmentStatus": "unemployed",
        "person.birthDate": new Date("1985-05-20T00:00:00Z"),
        "person.sex": "male",
        "unemployment.unemployedSince": new Date("2021-01-01T00:00:00Z"),
      }),
      asOf,
    );
    expect(r.amount?.value?.toString()).toBe("1324.8");
    expect(r.amount?.possible).toBeUndefined();
  });
});
