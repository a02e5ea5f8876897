import { describe, expect, it } from "vitest";
import { ExpressionSyntaxError, parseExpression } from "../../src/expr/parse.js";
import { check } from "./scope.js";

describe("checking an expression collects problems, each with a code", () => {
  it.each([
    [
      "person.birthdate <= asOf",
      "expr/unknown-field",
      "undeclared field `person.birthdate` (did you mean `person.birthDate`?)",
    ],
    [
      "addYears(person.birthDate, minimumAgee) <= asOf",
      "expr/unknown-name",
      "unknown parameter or field `minimumAgee` (did you mean `minimumAge`?)",
    ],
    [
      'rund(166.65, 0, "half-up")',
      "expr/unknown-function",
      "unknown function `rund` (did you mean `round`?)",
    ],
    ["person.birthDate + 1", "expr/type", "`+` expects number, got date"],
    ['person.sex == "mail"', "expr/type", '"mail" is not one of male, female (did you mean `male`?)'],
    [
      'business.kind in ["micro", "individual-business"]',
      "expr/type",
      '"micro" is not one of micro-enterprise, individual-business, other',
    ],
    [
      'round(166.65, 0, "half_up")',
      "expr/literal",
      '`round` does not know "half_up"; use one of down, half-up, half-even, up (did you mean `half-up`?)',
    ],
    ['date("2021-02-30") < asOf', "expr/literal", '"2021-02-30" is not a YYYY-MM-DD calendar date'],
    ['date("2021/03/01") < asOf', "expr/literal", '"2021/03/01" is not a YYYY-MM-DD calendar date'],
    ["min(1)", "expr/arity", "`min` takes 2 arguments, got 1"],
    ["1 and person.povertyAlleviated", "expr/type", "`and` expects boolean, got number"],
    ["person.birthDate == 1", "expr/type", "`==` compares date with number"],
    ['"female" < "male"', "expr/type", "`<` compares numbers or dates, not string"],
    ['providentFund.base in ["a"]', "expr/type", "left of `in` expects string, got number"],
    [
      "person.povertyAlleviated true",
      "expr/syntax",
      "unexpected text after the expression: a missing operator, or an unfinished `and`/`or`?",
    ],
  ])("%s → %s", (expression, code, message) => {
    expect(check(expression).problems.map(({ code, message }) => ({ code, message }))).toEqual([
      { code, message },
    ]);
  });

  it("reports every problem in one expression, not just the first", () => {
    expect(check("person.birthdate + rund(1)").problems.map((p) => p.code)).toEqual([
      "expr/unknown-field",
      "expr/unknown-function",
    ]);
  });

  it.each([
    "addYears(person.birthDate, minimumAge) <= asOf",
    "asOf < retirementDate(person.birthDate, person.sex, person.originalRetirementAge ?? 55)",
    'round(providentFund.base * providentFund.ratio, 0, "half-up") * 2',
    'business.kind in ["micro-enterprise", "individual-business"]',
    'within(person.hukouRegion, "340100") and not person.povertyAlleviated',
    'benefitStandard["2"] * higherTierRate',
  ])("a well-formed rule expression has no problems: %s", (expression) => {
    expect(check(expression).problems).toEqual([]);
  });

  it("an expression's type is what it computes", () => {
    expect(check("1 + 2").compiled.type.base).toBe("number");
    expect(check("asOf").compiled.type.base).toBe("date");
    expect(check("1 < 2").compiled.type.base).toBe("boolean");
  });
});

describe("syntax errors", () => {
  it.each([
    ["1 +", 3, "Expected expression after +"],
    ["(person.povertyAlleviated", 25, "Unclosed ("],
    ["person.birthDate <=", 19, "Expected expression after <="],
    ["!person.povertyAlleviated", 0, 'Unexpected "!"'],
    ["person.a || person.b", 9, 'Unexpected "|"'],
  ])("%s fails at index %i: %s", (text, index, message) => {
    let thrown: unknown;
    try {
      parseExpression(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ExpressionSyntaxError);
    expect((thrown as ExpressionSyntaxError).index).toBe(index);
    expect((thrown as ExpressionSyntaxError).message).toBe(message);
  });

  it.each(["a and b", "not a", "a or b", 'x in ["y"]', "a ?? b"])(
    "the language's own operators parse: %s",
    (text) => {
      expect(() => parseExpression(text)).not.toThrow();
    },
  );
});
