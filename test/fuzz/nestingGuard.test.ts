import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tooDeepForParserAt as tooDeepAt } from "../../src/rules/parserDepth.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// hostile F2: brackets inside comments counted as closes, and a `'` inside a plain scalar (`a 'b`) taken as a
// quote, let 200–900 levels past the 64-level guard (a 1 KB profile: 50–80 s; deeper, the parser's RangeError).
// Flow levels written with what must not change the count between them: comments holding brackets, plain
// scalars holding quotes, quoted scalars holding brackets, keys (`? `), and line breaks.
const NOISE = ["", " ", " a 'b,", " # ]]\n", ' "]]",', " 'x]',", " ? ", " c,", "\n  ", " it's,", " '', "];

const nesting = (depth: number, noise: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(noise, { minLength: depth, maxLength: depth }), fc.constantFrom("[", "{ ? ["))
    .map(
      ([between, open]) =>
        `person: ${between.map((n) => `${open}${n}`).join("")} c ${"]".repeat(depth * (open === "[" ? 1 : 1))}${open === "[" ? "" : "}".repeat(depth)}`,
    );

describe("the nesting guard is sound: flow levels hidden among comments and quotes are still counted", () => {
  it("the reported files: a quote inside a plain scalar, brackets inside comments", () => {
    const quote = `person: [ a 'b, ${"[ ? ".repeat(200)} c' ${"]".repeat(200)}`;
    const comment = `person: [\n${"  [ ? # ]\n".repeat(200)}  c ${"]".repeat(201)}\n`;
    for (const text of [quote, comment, `person: [ a 'b, ${"[".repeat(900)} c' ${"]".repeat(900)}`]) {
      expect(tooDeepAt(text)).toBeDefined();
      const src = new YamlSource("p.yaml", text);
      expect(src.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/nested too deeply/)]);
    }
  });

  it("any nesting deeper than 64 levels is refused before the parser starts (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 65, max: 400 }).chain((d) => nesting(d, fc.constantFrom(...NOISE))),
        (text) => {
          expect(tooDeepAt(text)).toBeDefined();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a shallow nesting written the same ways is read (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((d) => nesting(d, fc.constantFrom(...NOISE))),
        (text) => {
          expect(tooDeepAt(text)).toBeUndefined();
        },
      ),
    );
  });
});
