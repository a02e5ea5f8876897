import Big from "big.js";
import { describe, expect, it } from "vitest";
import { Collected, evalContext } from "../../src/expr/tracer.js";
import type { Value } from "../../src/expr/values.js";
import { check, day } from "./scope.js";

// What an explanation says a decision rested on is what evaluation read, not what the expression names: a
// branch never evaluated, an argument a call left unread, or a branch that did not decide is no fact of it.

function reads(text: string, fields: Record<string, Value>) {
  const { compiled, problems } = check(text);
  if (problems.length) throw new Error(JSON.stringify(problems));
  const facts = new Collected();
  const params = new Map<string, Value>([["minimumAge", new Big(18)]]);
  const outcome = compiled.evaluate(
    evalContext(new Map(Object.entries(fields)), params, day("2022-03-01"), undefined, facts),
  );
  return { outcome, fields: facts.fieldsRead(), params: facts.paramsRead() };
}

describe("the facts evaluation read", () => {
  it.each([
    [
      "an `and` its left side decides",
      "person.povertyAlleviated and person.fullCivilCapacity",
      { "person.povertyAlleviated": false },
      false,
      ["person.povertyAlleviated"],
    ],
    [
      "an `or` its left side decides",
      "person.povertyAlleviated or person.fullCivilCapacity",
      { "person.povertyAlleviated": true },
      true,
      ["person.povertyAlleviated"],
    ],
    [
      "an `and` its right side fails while the left is unknown",
      "person.fullCivilCapacity and person.povertyAlleviated",
      { "person.povertyAlleviated": false },
      false,
      ["person.povertyAlleviated"],
    ],
    [
      "an `or` its right side meets",
      "person.povertyAlleviated or person.fullCivilCapacity",
      { "person.fullCivilCapacity": true },
      true,
      ["person.fullCivilCapacity"],
    ],
    [
      "a known branch an `or` read before another met it (a switch parameter stays cited)",
      "person.povertyAlleviated or person.fullCivilCapacity",
      { "person.povertyAlleviated": false, "person.fullCivilCapacity": true },
      true,
      ["person.povertyAlleviated", "person.fullCivilCapacity"],
    ],
    [
      "both sides of an `and` that both decide",
      "person.povertyAlleviated and person.fullCivilCapacity",
      { "person.povertyAlleviated": true, "person.fullCivilCapacity": false },
      false,
      ["person.povertyAlleviated", "person.fullCivilCapacity"],
    ],
    [
      "both sides of an `and` still open",
      "person.povertyAlleviated and person.fullCivilCapacity",
      { "person.povertyAlleviated": true },
      null,
      ["person.povertyAlleviated", "person.fullCivilCapacity"],
    ],
    [
      "a man's retirement date without the women's original age",
      "retirementDate(person.birthDate, person.sex, person.originalRetirementAge) > asOf",
      { "person.birthDate": day("1990-01-01"), "person.sex": "male" },
      true,
      ["person.birthDate", "person.sex"],
    ],
  ])("%s", (_, text, fields, result, read) => {
    const r = reads(text, fields as Record<string, Value>);
    expect(r.outcome === true || r.outcome === false ? r.outcome : null).toBe(result);
    expect(r.fields).toEqual(read);
  });

  it("a `??` default not needed is not read", () => {
    const given = reads("(person.originalRetirementAge ?? minimumAge) > 10", {
      "person.originalRetirementAge": new Big(50),
    });
    expect(given.fields).toEqual(["person.originalRetirementAge"]);
    expect(given.params).toEqual([]);
    const taken = reads("(person.originalRetirementAge ?? minimumAge) > 10", {});
    expect(taken.fields).toEqual(["person.originalRetirementAge"]);
    expect(taken.params).toEqual(["minimumAge"]);
  });

  it("a parameter only a branch not taken reads is not used", () => {
    const r = reads("person.povertyAlleviated or person.originalRetirementAge >= minimumAge", {
      "person.povertyAlleviated": true,
    });
    expect(r.params).toEqual([]);
  });
});
