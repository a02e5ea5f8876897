import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardOutput, jsonOutput } from "../../src/text/guard.js";
import { holdsIdNumber, idCheckChar, maskIdNumbersIn, maskIdShapedIn } from "../../src/text/idMask.js";
import { withoutIdSeparators } from "../../src/text/idWriting.js";

// hostile F7: an ID number split by marks a person cannot see, odd spaces, dashes or dots is still one.
const ID = "640121198506150018";
const groups = (sep: string) => `${ID.slice(0, 6)}${sep}${ID.slice(6, 14)}${sep}${ID.slice(14)}`;
const everyDigit = (sep: string) => [...ID].join(sep);

const SEPARATORS = [
  "\u200e",
  "\u200f",
  "\u061c",
  "\u2066",
  "\u2069",
  "\u202c",
  "\u2063",
  "\u180e",
  "\ufe0f",
  "\u0001",
  "\u0000",
  "\u2003",
  "\u2007",
  "\u2009",
  "\u200a",
  "\u202f",
  "\u3000",
  "\u00a0",
  "\t",
  " ",
  " - ",
  "-",
  "\uff0d",
  "\u2212",
  "\u2010",
  "\u2011",
  "\u2014",
  "\u00b7",
  "\u30fb",
  " \u2014 ",
  "\u200e \u200e",
];

describe("an ID number split by any separator is never printed readable", () => {
  it.each(SEPARATORS.map((s) => [JSON.stringify(s), s]))(
    "between its groups and its digits: %s",
    (_n, sep) => {
      for (const typed of [groups(sep), everyDigit(sep)]) {
        const out = guardOutput(`经办档案编号：${typed}。`);
        expect(withoutIdSeparators(out)).not.toContain("19850615");
        expect(out).toContain("6401");
        expect(holdsIdNumber(typed)).toBe(true);
        expect(maskIdShapedIn(`"${typed}"`)).not.toMatch(/1985/);
      }
    },
  );

  it("also when its separators were already written as escapes (\\x01, JSON \\u200e, CSS \\200e)", () => {
    for (const typed of [groups("\\x01"), groups("\\u200e"), groups("\\200e "), groups("\\t")])
      expect(guardOutput(`"${typed}"`)).not.toContain("1985");
    expect(guardOutput(jsonOutput({ ref: groups("\u0001") }))).not.toContain("1985");
  });

  it("the ID reader, the mask and the reference check read the same digits", () => {
    for (const sep of SEPARATORS) expect(withoutIdSeparators(groups(sep))).toBe(ID);
  });

  it("any valid ID with any separators between any digits is masked (property)", () => {
    const validId = fc
      .tuple(
        fc.constantFrom("110105", "640121", "340104", "820000"),
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(([region, born, seq]) => {
        const first17 = `${region}${born.toISOString().slice(0, 10).replace(/-/g, "")}${String(seq).padStart(3, "0")}`;
        return first17 + idCheckChar(first17);
      });
    const invisible = fc.constantFrom(
      ...SEPARATORS.filter((s) => !/[\s\-\u2010-\u2212\u00b7\u30fb\uff0d]/u.test(s)),
    );
    const visible = fc.constantFrom(" ", "\t", "-", " - ", "\u2003", "\uff0d", "\u00b7", "\u2014");
    fc.assert(
      fc.property(
        validId,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 17 }), invisible), { maxLength: 10 }),
        fc.oneof(fc.constant("groups"), fc.constant("every"), fc.constant("none")),
        visible,
        fc.constantFrom("", "申请人 ", "x ", "12 "),
        (id, marks, layout, sep, before) => {
          const cuts = new Map<number, string>(marks);
          if (layout === "groups") for (const at of [6, 14]) cuts.set(at, (cuts.get(at) ?? "") + sep);
          if (layout === "every") for (let at = 1; at < 18; at++) cuts.set(at, (cuts.get(at) ?? "") + sep);
          const typed = [...id].map((c, i) => (cuts.get(i) ?? "") + c).join("");
          const out = guardOutput(`${before}${typed} 号`);
          expect(withoutIdSeparators(out)).not.toContain(id.slice(4, 14));
        },
      ),
    );
  });

  it("never masks amounts, dates or phone numbers written with the same separators (property)", () => {
    const phone = fc.integer({ min: 0, max: 99_999_999 }).map((n) => `138 ${String(n).padStart(8, "0")}`);
    const date = fc
      .date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const amount = fc.integer({ min: 0, max: 9_999_999 }).map((n) => `${n}.00`);
    const sep = fc.constantFrom(" ", "\u2003", " - ", "\t", "\u200e", "，", " — ");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(phone, date, amount), sep), { maxLength: 8 }), (cells) => {
        const line = cells.map(([c, s]) => c + s).join("");
        expect(maskIdNumbersIn(line)).toBe(line);
      }),
    );
  });
});
