import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { wrapByWidth } from "../../src/text/wrapByWidth.js";

describe("wrapByWidth", () => {
  it("keeps a short line whole", () => {
    expect(wrapByWidth("合肥住房公积金", 80)).toEqual(["合肥住房公积金"]);
  });

  it("breaks CJK text between characters, each line at most the width", () => {
    const lines = wrapByWidth("长".repeat(100), 20);
    expect(lines).toHaveLength(10);
    for (const l of lines) expect(stringWidth(l)).toBe(20);
  });

  it("breaks latin text at the last space, with the indent on continuation lines", () => {
    expect(wrapByWidth("one two three four five", 10, "  ")).toEqual([
      "one two",
      "  three",
      "  four",
      "  five",
    ]);
  });

  it("never splits a character or a colour code, and colour takes no columns", () => {
    const red = "\u001b[31m";
    const lines = wrapByWidth(`${red}${"👩‍👩‍👧".repeat(30)}\u001b[39m`, 10);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(10);
    expect(lines.join("")).toBe(`${red}${"👩‍👩‍👧".repeat(30)}\u001b[39m`);
  });

  it("wraps 200,000 characters (a hostile title) into lines of the width", () => {
    // Linear: each grapheme is measured once (no timing here; see docs/limits.md for the measurement).
    const lines = wrapByWidth("长".repeat(200_000), 80);
    expect(lines).toHaveLength(5000);
    expect(lines.every((l) => stringWidth(l) === 80)).toBe(true);
  });
});
