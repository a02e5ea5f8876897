// A bundled rule's expressions are parsed at build time (src/rules/parsedTrees.ts): a start compiles them from the
// trees the bundle keeps, which must be jsep's own, key for key.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseExpression } from "../../src/expr/parse.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { compileBundle } from "../../src/rules/bundle.js";
import { outlineOf } from "../../src/rules/outline.js";
import { readTrees, writeTrees } from "../../src/rules/parsedTrees.js";
import { bundleOfRules } from "./bundleOfRules.js";

// Each text jsep parsed.
const parsedTexts = vi.hoisted(() => [] as string[]);
vi.mock("../../src/expr/parse.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/expr/parse.js")>();
  return {
    ...original,
    parseExpression: (text: string) => {
      parsedTexts.push(text);
      return original.parseExpression(text);
    },
  };
});

const sameTree = (a: unknown, b: unknown) => expect(JSON.stringify(a)).toBe(JSON.stringify(b));

describe("the build's syntax trees", () => {
  it("are jsep's for every expression of every bundled rule, keys in the same order", () => {
    for (const { rule, parsed } of bundleOfRules().programs) {
      const texts = outlineOf(rule).expressions.map((e) => e.text);
      const trees = readTrees(parsed as string);
      expect(new Set(trees.keys())).toEqual(new Set(texts));
      for (const text of texts) {
        expect(trees.get(text), text).toEqual(parseExpression(text));
        sameTree(trees.get(text), parseExpression(text));
      }
    }
  });

  it("come back as written for any expression of the language's parts", () => {
    const name = fc.constantFrom("asOf", "person.birthDate", "unemployment.months", "rate", "x");
    const literal = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }).map(String),
      fc.constantFrom("0.05", "1.5", '"640000"', "'男'", "true", "null", "[1, 2]"),
    );
    const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small" },
        name,
        literal,
        fc
          .tuple(
            tie("e"),
            fc.constantFrom("+", "-", "*", "/", "<", ">=", "==", "and", "or", "??", "in"),
            tie("e"),
          )
          .map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc
          .tuple(fc.constantFrom("min", "max", "monthsBetween"), tie("e"), tie("e"))
          .map(([f, a, b]) => `${f}(${a}, ${b})`),
        tie("e").map((a) => `not ${a}`),
        fc.tuple(tie("e"), tie("e"), tie("e")).map(([a, b, c]) => `(${a} ? ${b} : ${c})`),
      ),
    })).e;
    fc.assert(
      fc.property(fc.array(expression, { minLength: 1, maxLength: 5 }), (texts) => {
        const trees = readTrees(writeTrees(texts));
        for (const text of texts) sameTree(trees.get(text), parseExpression(text));
      }),
      { numRuns: 200 },
    );
  });

  it("are what a bundled program is compiled from: jsep parses nothing", () => {
    const bundle = bundleOfRules();
    const programs = compileBundle(bundle, new FieldCatalogue(bundle.fields));
    parsedTexts.length = 0;
    for (const program of programs.values()) expect(program.conditions.length).toBeGreaterThan(0);
    expect(parsedTexts).toEqual([]);
  });

  it("leave out a tree JSON would not give back, so its text is parsed when used", () => {
    const trees = readTrees(writeTrees(["1e999 > 0", "1 > 0"]));
    expect([...trees.keys()]).toEqual(["1 > 0"]);
  });
});
