// The field readers' shortcuts give what their general path gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../../src/expr/values.js";
import type { Fact } from "../../src/profile/fact.js";
import type { ScalarFieldDef } from "../../src/profile/fieldSchema.js";
import { DATE_YEARS, readerOf } from "../../src/profile/readFact.js";

/** A fresh field definition: each has its own reader. */
const field = (def: Partial<ScalarFieldDef>): ScalarFieldDef =>
  ({ type: "date", description: "test", ...def }) as ScalarFieldDef;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A date written `YYYY-MM-DD`, any digits: years, months and days out of range too. */
const isoShaped = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1890, max: 2210 })),
    fc.integer({ min: 0, max: 99 }),
    fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 27, max: 32 })),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

const when = fc.option(
  fc.record({
    today: fc.constantFrom("2026-12-07", "1999-01-01"),
    asOf: fc.constantFrom("2022-03-01", "2030-01-01"),
  }),
  { nil: undefined },
);

/** A fact as compared here: a date by its day, a refusal by its message without the value quoted back. */
function comparable(fact: Fact): unknown {
  if (fact.ok) return { ...fact, value: fact.value instanceof Date ? fact.value.getTime() : fact.value };
  const { value: _quoted, ...params } = (fact.says.params ?? {}) as Record<string, unknown>;
  return { code: fact.code, says: fact.says.code, params };
}

describe("a date written YYYY-MM-DD (read without folding or the date pattern)", () => {
  it("reads as the same text with spaces around it, which takes the general path", () => {
    fc.assert(
      fc.property(isoShaped, fc.boolean(), when, (iso, past, dates) => {
        const read = readerOf(field(past ? { past } : {}));
        expect(comparable(read(iso, undefined, dates))).toEqual(
          comparable(read(` ${iso}　`, undefined, dates)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("is the calendar day parseIsoDate gives, within the profile years", () => {
    const read = readerOf(field({}));
    fc.assert(
      fc.property(isoShaped, (iso) => {
        const fact = read(iso);
        const year = Number(iso.slice(0, 4));
        const day = year >= DATE_YEARS.from && year <= DATE_YEARS.to ? parseIsoDate(iso) : undefined;
        expect(fact.ok && (fact.value as Date).getTime()).toBe(day === undefined ? false : day.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it("gives every written day of a year its own Date, read in either order (the days are remembered)", () => {
    const read = readerOf(field({}));
    const written = (year: number) =>
      Array.from({ length: 14 * 33 }, (_, i) => `${year}-${pad(Math.floor(i / 33), 2)}-${pad(i % 33, 2)}`);
    for (const iso of [...written(2140), ...written(2141).reverse(), ...written(1900), ...written(2199)]) {
      const fact = read(iso);
      expect(fact.ok && (fact.value as Date).getTime()).toBe(parseIsoDate(iso)?.getTime() ?? false);
    }
  });

  it("refuses what is no calendar day and shares one Date per day, however it was written", () => {
    const read = readerOf(field({}));
    for (const iso of ["2021-02-30", "1900-02-29", "2100-02-29", "2021-13-01", "2021-00-10", "2021-04-31"])
      expect(read(iso)).toMatchObject({ ok: false, code: "profile/date" });
    expect(read("2000-02-29")).toMatchObject({ ok: true });
    const plain = read("2021-09-01");
    for (const other of ["2021/9/1", "２０２１-０９-０１", "2021年9月1日", "20210901", " 2021-09-01"]) {
      const fact = read(other);
      expect(fact.ok && plain.ok && fact.value).toBe(plain.ok && plain.value);
    }
  });
});

describe("a text's length (counted in characters only when its UTF-16 length is over the limit)", () => {
  const limit = 8;
  const read = readerOf(field({ type: "text", maxLength: limit }));

  it("accepts and refuses as counting every character would", () => {
    const char = fc.constantFrom("a", "中", "😀", "𠮷", "é", "e\u0301");
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 2 * limit }), (chars) => {
        const text = chars.join("");
        const fact = read(text);
        // Counted as kept: as written (a file number is written back unchanged, inputs2 F11), e + ◌́ two characters.
        const characters = [...text].length;
        expect(fact.ok ? "ok" : fact.code).toBe(characters > limit ? "profile/range" : "ok");
      }),
      { numRuns: 2000 },
    );
  });
});
