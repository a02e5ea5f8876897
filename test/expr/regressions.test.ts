import Big from "big.js";
import { describe, expect, it } from "vitest";
import { check, day, run, shown } from "./scope.js";

// Each case was found in review; each fails on the code before its fix.
describe("expression regressions", () => {
  it("`??` with both sides unknown lists both sides' fields as missing", () => {
    expect(shown(run("person.povertyAlleviated ?? person.fullCivilCapacity"))).toEqual({
      unknown: ["person.povertyAlleviated", "person.fullCivilCapacity"],
    });
  });

  it("unary minus does not keep the bounds of the value it negates", () => {
    // Retirement between 2053 (male) and 2045 (female, 50): negating a date is a type error, so use a number.
    const { problems } = check("-person.birthDate");
    expect(problems.map((p) => p.code)).toEqual(["expr/type"]);
    expect(shown(run("-unemployment.contributionMonths <= -2"))).toEqual({
      unknown: ["unemployment.contributionMonths"],
    });
  });

  it.each([
    // born on 29 February: 18 full years are reached when addYears says so (民法典: counted by calendar)
    ["yearsBetween(person.birthDate, asOf) >= 18", "2004-02-29", "2022-02-28", true],
    ["addYears(person.birthDate, 18) <= asOf", "2004-02-29", "2022-02-28", true],
    ["yearsBetween(person.birthDate, asOf) >= 18", "2004-02-29", "2022-02-27", false],
    ["monthsBetween(person.birthDate, asOf) >= 1", "2021-01-31", "2021-02-28", true],
    ["addMonths(person.birthDate, 1) <= asOf", "2021-01-31", "2021-02-28", true],
  ])("%s with birth %s on %s is %s", (text, birth, asOf, expected) => {
    expect(run(text, { "person.birthDate": day(birth) }, asOf)).toBe(expected);
  });

  it("retirementDate with the birth date unknown also needs the original age of a woman", () => {
    expect(
      shown(
        run("retirementDate(person.birthDate, person.sex, person.originalRetirementAge) > asOf", {
          "person.sex": "female",
        }),
      ),
    ).toEqual({
      unknown: ["person.birthDate", "person.originalRetirementAge"],
    });
  });

  it("`==` on lists is a type error, not a silent false", () => {
    expect(check('person.employmentDifficulty == ["disabled"]').problems.map((p) => p.code)).toEqual([
      "expr/type",
    ]);
  });

  it("list literals given to hasAny are checked against the field's values", () => {
    const { problems } = check('hasAny(person.employmentDifficulty, ["disabld"])');
    expect(problems.map((p) => p.message)).toEqual([
      '"disabld" is not one of disabled, veteran, released-prisoner (did you mean `disabled`?)',
    ]);
  });

  it("a region literal given to within must be a real GB/T 2260 code", () => {
    expect(check('within(person.hukouRegion, "3401")').problems.map((p) => p.message)).toEqual([
      '"3401" is not a GB/T 2260 region code',
    ]);
    expect(check('within(person.hukouRegion, "340100")').problems).toEqual([]);
  });

  it("division by zero is unknown, naming the divisor, not a crash", () => {
    expect(
      run("1000 / unemployment.contributionMonths", { "unemployment.contributionMonths": new Big(0) }),
    ).toBeInstanceOf(Object);
    expect(
      shown(run("1000 / unemployment.contributionMonths", { "unemployment.contributionMonths": new Big(0) })),
    ).toEqual({ unknown: ["divisor:unemployment.contributionMonths"] });
  });

  it("round needs whole decimal places written in the rule", () => {
    expect(check('round(providentFund.base, minimumAge, "half-up")').problems.map((p) => p.code)).toEqual([
      "expr/literal",
    ]);
    expect(check('round(providentFund.base, 0.5, "half-up")').problems.map((p) => p.code)).toEqual([
      "expr/literal",
    ]);
  });

  it("a table miss on a computed key names the fields of the key", () => {
    expect(shown(run("benefitStandard[unemployment.contributionMonths + 1]", {}))).toEqual({
      unknown: ["unemployment.contributionMonths"],
    });
    expect(
      shown(
        run("benefitStandard[unemployment.contributionMonths + 10]", {
          "unemployment.contributionMonths": new Big(1),
        }),
      ),
    ).toEqual({
      unknown: ["unemployment.contributionMonths"],
    });
  });
});
