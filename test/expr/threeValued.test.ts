import Big from "big.js";
import { describe, expect, it } from "vitest";
import { Unknown } from "../../src/expr/values.js";
import { check, day, run, shown } from "./scope.js";

// A field absent from the profile is unknown: here `person.povertyAlleviated` and `person.fullCivilCapacity`.
describe("three-valued logic", () => {
  it.each([
    ["false and person.povertyAlleviated", false],
    ["person.povertyAlleviated and false", false],
    ["true or person.povertyAlleviated", true],
    ["person.povertyAlleviated or true", true],
  ])("%s is decided without the unknown field: %s", (expression, result) => {
    expect(run(expression)).toBe(result);
  });

  it.each([
    ["person.povertyAlleviated and true", ["person.povertyAlleviated"]],
    ["true and person.povertyAlleviated", ["person.povertyAlleviated"]],
    ["person.povertyAlleviated or false", ["person.povertyAlleviated"]],
    ["not person.povertyAlleviated", ["person.povertyAlleviated"]],
    [
      "person.povertyAlleviated and person.fullCivilCapacity",
      ["person.povertyAlleviated", "person.fullCivilCapacity"],
    ],
    [
      "person.povertyAlleviated or person.fullCivilCapacity",
      ["person.povertyAlleviated", "person.fullCivilCapacity"],
    ],
  ])("%s is unknown, listing %j", (expression, fields) => {
    expect(shown(run(expression))).toEqual({ unknown: fields });
  });

  it("`unknown and false` is false even when the unknown side is evaluated first", () => {
    expect(
      run("person.povertyAlleviated and person.fullCivilCapacity", { "person.fullCivilCapacity": false }),
    ).toBe(false);
  });

  it("known values decide as in two-valued logic", () => {
    expect(run("not person.povertyAlleviated", { "person.povertyAlleviated": false })).toBe(true);
    expect(run("person.povertyAlleviated and true", { "person.povertyAlleviated": true })).toBe(true);
  });

  it.each([
    [
      "providentFund.base * providentFund.ratio",
      { "providentFund.ratio": new Big("0.05") },
      ["providentFund.base"],
    ],
    ["providentFund.base * providentFund.ratio", {}, ["providentFund.base", "providentFund.ratio"]],
    ["providentFund.base + 1", {}, ["providentFund.base"]],
    ["-providentFund.base", {}, ["providentFund.base"]],
    ['round(providentFund.base * 0.05, 0, "half-up") * 2', {}, ["providentFund.base"]],
    ["min(providentFund.base, 100)", {}, ["providentFund.base"]],
    ["providentFund.base >= 100", {}, ["providentFund.base"]],
    ["addYears(person.birthDate, minimumAge) <= asOf", {}, ["person.birthDate"]],
    ['person.sex == "female"', {}, ["person.sex"]],
    ['business.kind in ["other"]', {}, ["business.kind"]],
  ])("%s on unknown input is unknown with %j", (expression, fields, missing) => {
    const outcome = run(expression, fields);
    expect(outcome).toBeInstanceOf(Unknown);
    expect((outcome as Unknown).fields).toEqual(missing);
  });

  // Born 1990-01-01, a man retires on 2053-01-01, a woman on 2048-01-01 (original age 55) or 2045-01-01 (50).
  it.each([
    ["2022-03-01", true],
    ["2054-01-01", false],
  ])("below retirement age on %s is %s whatever the unknown sex", (asOf, result) => {
    const belowRetirementAge =
      "asOf < retirementDate(person.birthDate, person.sex, person.originalRetirementAge)";
    expect(run(belowRetirementAge, { "person.birthDate": day("1990-01-01") }, asOf)).toBe(result);
  });

  it("below retirement age on 2046-01-01 depends on the sex and original retirement age", () => {
    const belowRetirementAge =
      "asOf < retirementDate(person.birthDate, person.sex, person.originalRetirementAge)";
    expect(shown(run(belowRetirementAge, { "person.birthDate": day("1990-01-01") }, "2046-01-01"))).toEqual({
      unknown: ["person.sex", "person.originalRetirementAge"],
    });
  });

  it("a compiled expression lists the fields it reads, in order, once each", () => {
    const { compiled } = check(
      "providentFund.ratio >= 0.05 and providentFund.ratio <= 0.12 and providentFund.base > 0",
    );
    expect(compiled.fields).toEqual(["providentFund.ratio", "providentFund.base"]);
  });
});
