import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { displayWidth, wrapLine } from "../../src/text/width.js";

// Thousands of evaluations: on a machine shared by several test suites they may take far longer than usual.
const SLOW = 60_000;

// Text width computed directly for ASCII, Latin-1, CJK, kana, full-width forms, common punctuation and box
// drawing (string-width only for the rest): the same columns as string-width for every such character and text.
const KNOWN = [
  [0x00, 0x1a],
  [0x1c, 0xa8],
  [0xaa, 0xac],
  [0xaf, 0xff],
  [0x2010, 0x2027],
  [0x2190, 0x2193],
  [0x2264, 0x2265],
  [0x2500, 0x257f],
  [0x26a0, 0x26a0],
  [0x2713, 0x2714],
  [0x2717, 0x2718],
  [0x3000, 0x303e],
  [0x3041, 0x3096],
  [0x30a1, 0x30fa],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
];

describe("displayWidth", () => {
  it("counts every character of known width as string-width does", { timeout: SLOW }, () => {
    const differ: string[] = [];
    for (const [from, to] of KNOWN)
      for (let c = from as number; c <= (to as number); c++) {
        const ch = String.fromCharCode(c);
        if (displayWidth(ch) !== stringWidth(ch)) differ.push(c.toString(16));
      }
    expect(differ).toEqual([]);
  });

  it("counts mixed texts, colour codes, emoji and combining marks as string-width does", {
    timeout: SLOW,
  }, () => {
    const char = fc.oneof(
      fc
        .constantFrom(...KNOWN)
        .chain(([a, b]) => fc.integer({ min: a as number, max: b as number }))
        .map((c) => String.fromCharCode(c)),
      fc.constantFrom(
        "\u001b[31m",
        "\u001b[39m",
        "👩‍👩‍👧",
        "é",
        "e\u0301",
        "\u200b",
        "✔️",
        "한",
        "ำ",
        "\u001b",
      ),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });

  it("wraps ASCII and CJK text without splitting a colour code", () => {
    const red = "\u001b[31m";
    const lines = wrapLine(`${red}宁夏失业补助金 unemployment subsidy ${"长".repeat(20)}\u001b[39m`, 12, "");
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(12);
    // Only spaces where a line broke go: every character and colour code is kept, in order.
    const text = `${red}宁夏失业补助金 unemployment subsidy ${"长".repeat(20)}\u001b[39m`;
    expect(lines.join("").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
  });
});
