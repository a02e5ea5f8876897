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

  it("gives a shared amount the text, JSON and number big.js gives, made once, and keeps its arithmetic", () => {
    const written = ["1200", "-0", "0.1", "1e-7", "123456789012345678901234.5", "-3.50"];
    for (const w of written) {
      const own = new Big(w);
      const shared = new Big(w);
      freeze({ amount: { value: shared, schedule: [{ amount: shared }] } });
      expect([shared.toString(), shared.toJSON(), shared.valueOf()]).toEqual([
        own.toString(),
        own.toJSON(),
        own.valueOf(),
      ]);
      expect(JSON.stringify({ a: shared })).toBe(JSON.stringify({ a: own }));
      expect(Number(shared)).toBe(Number(own));
      expect(shared.plus(1).toString()).toBe(own.plus(1).toString());
      expect(Object.keys(shared)).toEqual(Object.keys(own));
    }
  });
});
