import type Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScalarFieldDef } from "../../src/profile/fieldSchema.js";
import { readerOf } from "../../src/profile/readFact.js";

/** A fresh field definition: each has its own reader (and its own remembered numbers). */
const field = (def: Partial<ScalarFieldDef>): ScalarFieldDef =>
  ({ type: "integer", description: "test", ...def }) as ScalarFieldDef;

describe("a number's fact is remembered per field, as read", () => {
  it("gives the same value again, without mixing fields with other bounds", () => {
    const wide = readerOf(field({ min: 0, max: 600 }));
    const narrow = readerOf(field({ min: 0, max: 10 }));
    expect(wide("12")).toMatchObject({ ok: true });
    expect(wide(12)).toMatchObject({ ok: true });
    expect(narrow("12")).toMatchObject({ ok: false, code: "profile/range" });
    expect(narrow(12)).toMatchObject({ ok: false, code: "profile/range" });
    const again = wide("12");
    expect(again.ok && (again.value as Big).eq(12)).toBe(true);
  });

  it("keeps a unit's note (8年 is 96 months, said each time) and refusals", () => {
    const months = readerOf(field({ min: 0, max: 600, unit: "months" }));
    for (let i = 0; i < 2; i++) {
      const read = months("8年");
      expect(read.ok && (read.value as Big).eq(96)).toBe(true);
      expect(read.ok && read.note).toBeTruthy();
    }
    expect(months("96")).toMatchObject({ ok: true });
    expect(months("96").ok && months("96")).not.toHaveProperty("note");
    expect(months("-1")).toMatchObject({ ok: false });
    expect(months("-1")).toMatchObject({ ok: false });
  });

  it("reads -0 as its own Big, not as the 0 read before", () => {
    const reader = readerOf(field({ min: -5, max: 5 }));
    reader(0);
    const read = reader(-0);
    expect(read.ok && (read.value as Big).s).toBe(-1);
  });

  it("answers as a reader that remembers nothing, read after read", () => {
    const remembering = readerOf(field({ type: "decimal", min: -1000, max: 1000 }));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -2000, max: 2000 }),
            fc.integer({ min: -2000, max: 2000 }).map(String),
            fc.constantFrom("1.50", "01", "1e2", "12元", "x"),
          ),
          { maxLength: 30 },
        ),
        (raws) => {
          for (const raw of raws) {
            const fresh = readerOf(field({ type: "decimal", min: -1000, max: 1000 }))(raw);
            const read = remembering(raw);
            expect(read.ok).toBe(fresh.ok);
            if (read.ok && fresh.ok) expect(String(read.value)).toBe(String(fresh.value));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a padded number of any length, remembering only short texts", () => {
    const reader = readerOf(field({ type: "decimal", min: 0, max: 1000 }));
    const padded = `${"0".repeat(3000)}7`;
    for (let i = 0; i < 2; i++) {
      const read = reader(padded);
      expect(read.ok && (read.value as Big).eq(7)).toBe(true);
    }
  });
});
