import { describe, expect, it } from "vitest";
import { generateExpression } from "../../src/compiled/generateExpression.js";
import { Taken } from "../../src/compiled/taken.js";
import { parseExpression } from "../../src/expr/parse.js";

// The defaults a generated condition took are kept in a short list (not a Set, whose clear allocates in V8):
// the same answers as a Set for what the lean path asks — how many, after adds, repeats and deletes.
describe("the defaults taken by a generated condition", () => {
  it("counts a field once, forgets a deleted one, and starts empty after clear", () => {
    const taken = new Taken();
    taken.add("a.b");
    taken.add("a.b");
    taken.add("a.c");
    expect(taken.size).toBe(2);
    taken.delete("a.b");
    taken.delete("a.x");
    expect(taken.size).toBe(1);
    taken.clear();
    expect(taken.size).toBe(0);
  });

  it("is what generated code records into: both defaults of a blank row, none of a full one", () => {
    const decide = generateExpression(parseExpression("(a.b ?? true) and (a.c ?? true)"));
    const taken = new Taken();
    expect(decide?.(new Map() as never, new Map(), new Date(0), taken)).toBe(true);
    expect(taken.size).toBe(2);
    taken.clear();
    expect(
      decide?.(
        new Map([
          ["a.b", true],
          ["a.c", true],
        ]) as never,
        new Map(),
        new Date(0),
        taken,
      ),
    ).toBe(true);
    expect(taken.size).toBe(0);
  });
});
