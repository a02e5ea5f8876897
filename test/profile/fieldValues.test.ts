import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FieldLens } from "../../src/compiled/fieldLens.js";
import { FieldValues, fieldValuesOf } from "../../src/profile/fieldValues.js";
import { sharedSections } from "../../src/profile/sharedSections.js";

const snapshot = (m: ReadonlyMap<string, unknown>) => ({
  entries: [...m],
  keys: [...m.keys()],
  values: [...m.values()],
  each: (() => {
    const seen: [string, unknown][] = [];
    m.forEach((v, k) => {
      seen.push([k, v]);
    });
    return seen;
  })(),
  size: m.size,
});

describe("a profile's field values", () => {
  it("read, replace and iterate as a Map given the same sets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("a.x", "a.y", "b.z", "c.w", "d.v"), fc.integer()), {
          maxLength: 12,
        }),
        fc.constantFrom("a.x", "b.z", "e.none"),
        (sets, probe) => {
          const map = new Map<string, number>();
          const fields = new FieldValues();
          for (const [path, value] of sets) {
            map.set(path, value);
            fields.set(path, value as never);
          }
          expect(snapshot(fields)).toEqual(snapshot(map));
          expect(fields.get(probe)).toBe(map.get(probe));
          expect(fields.has(probe)).toBe(map.has(probe));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keep every path when the shared shapes start again", () => {
    const made = Array.from({ length: 10_050 }, (_, i) =>
      fieldValuesOf([
        ["a.first", "1"],
        [`b.f${i}`, "2"],
      ]),
    );
    made.forEach((fields, i) => {
      expect([...fields.keys()]).toEqual(["a.first", `b.f${i}`]);
    });
    const last = made.at(-1) as FieldValues;
    expect(last.set("a.first", "3").get("a.first")).toBe("3");
    expect([...(made[0] as FieldValues)]).toEqual([
      ["a.first", "1"],
      ["b.f0", "2"],
    ]);
  });

  it("share one set of section names per combination, not mixing combinations", () => {
    const one = sharedSections(new Set(["person", "unemployment"]));
    expect(sharedSections(new Set(["person", "unemployment"]))).toBe(one);
    expect([...sharedSections(new Set(["person"]))]).toEqual(["person"]);
    expect([...sharedSections(new Set(["unemployment", "person"]))]).toEqual(["unemployment", "person"]);
    sharedSections(new Set(["a", "b"]));
    expect([...sharedSections(new Set(["a\nb"]))]).toEqual(["a\nb"]);
  });

  it("are read by a lens as by get, profile after profile of changing shapes (and from a plain Map)", () => {
    const paths = ["a.x", "b.z", "e.none", "a.y"];
    const lens = new FieldLens(paths);
    const path = fc.constantFrom("a.x", "a.y", "b.z", "c.w", "d.v");
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(path, fc.integer()), { maxLength: 8 }), { maxLength: 20 }),
        (profiles) => {
          for (const sets of profiles) {
            const fields = fieldValuesOf(sets as never);
            expect([...lens.read(fields)]).toEqual(paths.map((p) => fields.get(p)));
            const map = new Map(sets);
            expect([...lens.read(map as never)]).toEqual(paths.map((p) => map.get(p as never)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("compare, print and copy as their entries, not their storage, even after the shapes start again", () => {
    const before = fieldValuesOf([
      ["a.x", "1"],
      ["b.y", "2"],
    ]);
    for (let i = 0; i < 10_050; i++) fieldValuesOf([[`c.f${i}`, "3"]]);
    const after = fieldValuesOf([
      ["a.x", "1"],
      ["b.y", "2"],
    ]);
    expect(after).toEqual(before);
    expect(after).not.toEqual(
      fieldValuesOf([
        ["a.x", "1"],
        ["b.y", "3"],
      ]),
    );
    expect(Object.keys(after)).toEqual([]);
    expect(JSON.stringify(after)).toBe('{"a.x":"1","b.y":"2"}');
    expect(new Map(after)).toEqual(new Map(before));
  });
});
