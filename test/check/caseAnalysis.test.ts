import { describe, expect, it } from "vitest";
import { parseExpression } from "../../src/expr/parse.js";
import type { Compiled } from "../../src/expr/types.js";
import { sayMessage } from "../../src/messages/index.js";
import { mayBeUnknown, tierProblems, unreachableCases } from "../../src/rules/caseAnalysis.js";
import type { Case } from "../../src/rules/program.js";

type Range = { from?: number; below?: number };
/** The problems with their English words, as `check` prints them. */
const worded = (ranges: Range[]) =>
  tierProblems(ranges).map(({ says, ...p }) => ({ ...p, message: sayMessage("en", says) }));
const codes = (ranges: Range[]) => tierProblems(ranges).map((p) => [p.index, p.code]);

describe("tierProblems: tiers must be in order and meet exactly (from inclusive, below exclusive)", () => {
  it.each<[string, Range[], [number, string][]]>([
    // Clean
    [
      "the unemployment-benefit tiers 12–60–120–∞",
      [{ from: 12, below: 60 }, { from: 60, below: 120 }, { from: 120 }],
      [],
    ],
    ["open at both ends", [{ below: 12 }, { from: 12 }], []],
    ["a single tier with no bounds", [{}], []],
    ["a single bounded tier", [{ from: 0, below: 1 }], []],
    [
      "decimal bounds that meet",
      [
        { from: 0, below: 0.5 },
        { from: 0.5, below: 1 },
      ],
      [],
    ],
    ["negative bounds that meet", [{ from: -10, below: -1 }, { from: -1 }], []],
    // Overlap
    [
      "a tier starting inside the one before",
      [
        { from: 12, below: 60 },
        { from: 48, below: 120 },
      ],
      [[1, "rule/tiers-overlap"]],
    ],
    ["a tier after one with no upper bound", [{ from: 12 }, { from: 60 }], [[1, "rule/tiers-overlap"]]],
    ["a second tier with no lower bound", [{ below: 60 }, { below: 120 }], [[1, "rule/tiers-overlap"]]],
    [
      "tiers listed out of order",
      [
        { from: 60, below: 120 },
        { from: 12, below: 60 },
      ],
      [[1, "rule/tiers-overlap"]],
    ],
    ["overlap by a fraction", [{ from: 0, below: 1 }, { from: 0.99 }], [[1, "rule/tiers-overlap"]]],
    // Gap
    [
      "a gap between two tiers",
      [
        { from: 12, below: 60 },
        { from: 72, below: 120 },
      ],
      [[1, "rule/tiers-gap"]],
    ],
    ["a gap of a fraction", [{ from: 0, below: 1 }, { from: 1.01 }], [[1, "rule/tiers-gap"]]],
    [
      "a gap and then an overlap",
      [{ from: 0, below: 10 }, { from: 20, below: 30 }, { from: 25 }],
      [
        [1, "rule/tiers-gap"],
        [2, "rule/tiers-overlap"],
      ],
    ],
    // Empty
    ["an empty tier (from = below)", [{ from: 60, below: 60 }], [[0, "rule/tier-empty"]]],
    ["an inverted tier (from > below)", [{ from: 70, below: 60 }], [[0, "rule/tier-empty"]]],
    [
      "an empty tier between two that meet it",
      [{ from: 12, below: 60 }, { from: 60, below: 60 }, { from: 60 }],
      [[1, "rule/tier-empty"]],
    ],
  ])("%s", (_, ranges, expected) => {
    expect(codes(ranges)).toEqual(expected);
  });

  it("says where the overlap is", () => {
    expect(
      worded([
        { from: 12, below: 60 },
        { from: 48, below: 120 },
      ]),
    ).toEqual([
      { index: 1, code: "rule/tiers-overlap", message: "tier 2 (from 48) overlaps tier 1 (below 60)" },
    ]);
  });

  it("names the open end ∞ in an overlap", () => {
    expect(worded([{ from: 12 }, { from: 60 }])[0]?.message).toBe(
      "tier 2 (from 60) overlaps tier 1 (below ∞)",
    );
  });

  it("says which values the gap leaves out", () => {
    expect(worded([{ from: 12, below: 60 }, { from: 72 }])).toEqual([
      {
        index: 1,
        code: "rule/tiers-gap",
        message: "no tier covers 60 up to 72: tier 1 ends below 60, tier 2 starts at 72",
      },
    ]);
  });

  it("says why a tier is empty", () => {
    expect(worded([{ from: 60, below: 60 }])).toEqual([
      { index: 0, code: "rule/tier-empty", message: "tier 1 is empty: from 60 is not below 60" },
    ]);
  });

  it("no tiers, no problems", () => {
    expect(tierProblems([])).toEqual([]);
  });
});

describe("mayBeUnknown: whether an expression can come out unknown", () => {
  const KNOWN = new Set(["asOf", "uplift", "operatingYears", "benefitStandard"]);

  it.each<[string, boolean]>([
    // Never unknown: literals, parameters, asOf, and fields with a default.
    ["1", false],
    ['"individual-business"', false],
    ["true", false],
    ['["a", "b"]', false],
    ["uplift", false],
    ["asOf", false],
    ["1 + uplift", false],
    ["-uplift", false],
    ['date("2019-01-01") <= asOf', false],
    ["unemployment.benefitExhausted ?? false", false],
    ["not (unemployment.benefitExhausted ?? false)", false],
    ["(person.povertyAlleviated ?? false) and (person.povertyFamilyChild ?? false)", false],
    ["unemployment.contributionMonths ?? 0 >= 12", false],
    ["min(training.subsidyStandard ?? 0, 100)", false],
    // May be unknown: fields, undeclared names (record fields in a filter), lookups, counts.
    ["person.povertyAlleviated", true],
    ["not person.povertyAlleviated", true],
    ["person.povertyAlleviated or person.povertyFamilyChild", true],
    ["(person.povertyAlleviated ?? false) or person.povertyFamilyChild", true],
    ['business.kind in ["micro-enterprise", "individual-business"]', true],
    ["addYears(business.licenseDate, operatingYears) <= asOf", true],
    ['round(training.subsidyStandard * (1 + uplift), 2, "half-up")', true],
    ["contractMonths >= 12", true],
    ["benefitStandard[wageClass[unemployment.insuredRegion]]", true],
    ["count(qualifyingHires)", true],
    ["false ?? person.povertyAlleviated", true],
  ])("%s → %s", (text, expected) => {
    expect(mayBeUnknown(parseExpression(text), KNOWN)).toBe(expected);
  });

  it("a bare name is unknown unless it is known", () => {
    const ast = parseExpression("povertyAlleviated");
    expect(mayBeUnknown(ast, new Set())).toBe(true);
    expect(mayBeUnknown(ast, new Set(["povertyAlleviated"]))).toBe(false);
  });
});

describe("unreachableCases: first-match cases that earlier cases already cover", () => {
  const compiled = (text: string) => ({ text, ast: parseExpression(text) }) as unknown as Compiled;
  const cases = (...whens: (string | undefined)[]): Case[] =>
    whens.map((w) => ({ when: w === undefined ? undefined : compiled(w), value: compiled("1") }));
  const unreachable = (...whens: (string | undefined)[]) =>
    unreachableCases(cases(...whens)).map((p) => p.index);

  it.each<[string, (string | undefined)[], number[]]>([
    ["x >= 6 after x >= 1", ["x >= 1", "x >= 6"], [1]],
    ["x >= 1 after x >= 6 is reachable", ["x >= 6", "x >= 1"], []],
    ["x >= 6 after x < 6 is reachable", ["x < 6", "x >= 6"], []],
    ["x == 7 inside an earlier range", ["x > 5 and x < 10", "x == 7"], [1]],
    ["a range covered by two earlier ranges", ["x < 6", "x >= 6", "x >= 100"], [2]],
    ["a field path", ["unemployment.contributionMonths >= 1", "unemployment.contributionMonths >= 6"], [1]],
    ["different fields are not compared", ["a >= 1", "b >= 6"], []],
    ["x > 6 after x >= 6", ["x >= 6", "x > 6"], [1]],
    ["x >= 6 after x > 6 is reachable (x = 6)", ["x > 6", "x >= 6"], []],
    ["x <= 6 after x < 6 is reachable (x = 6)", ["x < 6", "x <= 6"], []],
    ["otherwise is never reported", ["x >= 1", undefined], []],
    ["boolean conditions are not analysed", ["business.returnedHome", "business.returnedHome"], []],
    // x = 6 matches neither `x < 6` nor `x > 6`, so the third case is reachable.
    ["x == 6 after x < 6 and x > 6 is reachable", ["x < 6", "x > 6", "x == 6"], []],
    // Every x is `<= 6` or `> 6`, so the third case can never match.
    ["x >= 0 after x <= 6 and x > 6", ["x <= 6", "x > 6", "x >= 0"], [2]],
  ])("%s", (_, whens, expected) => {
    expect(unreachable(...whens)).toEqual(expected);
  });

  it("says which field the earlier cases cover", () => {
    expect(unreachableCases(cases("x >= 1", "x >= 6"))).toEqual([
      {
        index: 1,
        code: "rule/case-unreachable",
        message: "case 2 can never match: earlier cases already cover every value of x it accepts",
      },
    ]);
  });
});
