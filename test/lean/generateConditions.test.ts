import Big from "big.js";
import { describe, expect, it } from "vitest";
import { assumedIn, FAIL, generateConditions, HOLD, OPEN } from "../../src/compiled/generateConditions.js";
import { UNDECIDED } from "../../src/compiled/generateExpression.js";
import { Taken } from "../../src/compiled/taken.js";
import { parseExpression } from "../../src/expr/parse.js";
import { Unknown } from "../../src/expr/values.js";

// A program's conditions in one generated function: the outcomes it writes and the number it returns are what
// the lean loop would have found condition by condition.
const decide = (tests: string[], stating: boolean[]) => {
  const outcomes: unknown[] = [];
  const taken = stating.map((s) => (s ? new Taken() : undefined));
  const all = generateConditions(
    tests.map((t) => parseExpression(t)),
    outcomes as never,
    taken,
  );
  return (fields: Record<string, unknown>) => ({
    says: all(new Map(Object.entries(fields)) as never, new Map(), new Date(0)),
    outcomes: [...outcomes],
    taken: taken.map((t) => t?.size),
  });
};

describe("a program's conditions decided together", () => {
  it("without assumptions: HOLD, FAIL at the first that fails (even after an unknown one), OPEN when one is unknown", () => {
    const run = decide(["a.x", "a.y", "a.z"], [false, false, false]);
    expect(run({ "a.x": true, "a.y": true, "a.z": true }).says).toBe(HOLD);
    const failing = run({ "a.y": false, "a.z": true });
    expect(failing.says).toBe(FAIL);
    expect(failing.outcomes[0]).toBeInstanceOf(Unknown);
    expect(failing.outcomes[1]).toBe(false);
    const open = run({ "a.x": true, "a.z": true });
    expect(open.says).toBe(OPEN);
    expect((open.outcomes[1] as Unknown).fields).toEqual(["a.y"]);
  });

  it("leaves a condition it cannot generate to the interpreter, and the others still decided", () => {
    const run = decide(["a.x", "count(a.list, true) > 0", "a.z"], [false, false, false]);
    const got = run({ "a.x": true, "a.z": true });
    expect(got.says).toBe(OPEN);
    expect(got.outcomes).toEqual([true, UNDECIDED, true]);
  });

  it("with assumptions: a default taken is in the signature with its outcome, read back in condition order", () => {
    const tests = ["a.x", "not (a.p ?? false)", "a.y ?? true", "(a.q ?? 1) > 2"];
    const stating = [false, true, true, true];
    const run = decide(tests, stating);
    expect(run({ "a.x": true, "a.p": false, "a.y": true, "a.q": new Big(3) }).says).toBe(HOLD);
    const defaults = run({ "a.x": true });
    expect(defaults.taken).toEqual([undefined, 1, 1, 1]);
    expect(defaults.says & FAIL).toBe(FAIL);
    expect(assumedIn(defaults.says, stating)).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    const one = run({ "a.x": false, "a.p": true, "a.y": false });
    expect(assumedIn(one.says, stating)).toEqual([[3, false]]);
    expect(one.says & FAIL).toBe(FAIL);
  });

  it("with assumptions: every condition is looked at after one fails, and an unknown one opens the loop", () => {
    const run = decide(["a.x", "a.y ?? true", "a.z"], [false, true, false]);
    const got = run({ "a.x": false });
    expect(got.says).toBe(OPEN);
    expect(got.outcomes[0]).toBe(false);
    expect(got.outcomes[1]).toBe(true);
    expect(got.taken[1]).toBe(1);
    expect((got.outcomes[2] as Unknown).fields).toEqual(["a.z"]);
  });
});

describe("a signature with more conditions stating assumptions than it has room for", () => {
  it("reads back no condition past its room (the 17th is not the 1st again)", () => {
    // Found by review: bits past 31 wrapped around, so condition 16 was listed with condition 0's default.
    const tests = Array.from({ length: 17 }, (_, i) => (i === 0 ? "a.x ?? true" : "a.y ?? true"));
    const stating = tests.map(() => true);
    const got = decide(tests, stating)({ "a.y": true });
    expect(got.says).not.toBe(OPEN);
    expect(assumedIn(got.says, stating)).toEqual([[0, true]]);
  });
});
