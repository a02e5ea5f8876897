import Big from "big.js";
import { describe, expect, it } from "vitest";
import { freeze } from "../../src/compiled/freeze.js";

// What a shared lean result is frozen with: its plain objects and lists, not the program, a Big or a getter's text.
describe("freezing a shared result", () => {
  it("freezes nested plain objects and lists, leaves the program and Big values, and reads no getter", () => {
    let worded = 0;
    const program = { id: "p" };
    const text = {
      get zh() {
        worded++;
        return "文";
      },
    };
    const r = freeze({
      program,
      amount: { value: new Big(1), months: [{ n: 1 }] },
      caveats: [{ id: "c", text }],
    });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.amount)).toBe(true);
    expect(Object.isFrozen(r.amount.months[0])).toBe(true);
    expect(Object.isFrozen(r.caveats[0]?.text)).toBe(true);
    expect(Object.isFrozen(program)).toBe(false);
    expect(Object.isFrozen(r.amount.value)).toBe(false);
    expect(worded).toBe(0);
  });
});
