import { describe, expect, it } from "vitest";
import { guardOutput } from "../../src/cli/outputGuard.js";
import { clip, echo, escapeControl } from "../../src/echo.js";
import { maskIdNumbersIn } from "../../src/profile/idNumber.js";

const ID = "11010519491231002X";

describe("the output guard", () => {
  it("masks valid ID numbers wherever they stand, also glued to letters", () => {
    expect(maskIdNumbersIn(`a ${ID} b x${ID}y`)).toBe("a 1101**********002X b x1101**********002Xy");
  });

  it("leaves numbers that are not ID numbers: wrong check digit, longer runs of digits", () => {
    expect(maskIdNumbersIn("110105194912310021 1234567890123456789")).toBe(
      "110105194912310021 1234567890123456789",
    );
  });

  it("shows control characters as \\xNN, keeps newlines and tabs, and colour only when asked", () => {
    expect(guardOutput("a\u001b[2Jb\rc\n\td")).toBe("a\\x1b[2Jb\\x0dc\n\td");
    expect(guardOutput("\u001b[31mred\u001b[39m", true)).toBe("\u001b[31mred\u001b[39m");
    expect(guardOutput("\u001b[31mred\u001b[39m", false)).toBe("\\x1b[31mred\\x1b[39m");
    expect(guardOutput("\u001b]0;title\u0007", true)).toBe("\\x1b]0;title\\x07");
    expect(guardOutput("\u001b[2K\u001b[1A\u001b[G\rprompt", true)).toBe(
      "\u001b[2K\u001b[1A\u001b[G\rprompt",
    );
  });
});

describe("echoed values", () => {
  it("escape every control character, newlines included", () => {
    expect(escapeControl("a\nb\u001bc\u2028")).toBe("a\\nb\\x1bc\\u2028");
  });

  it("are cut at 80 characters with the count of the rest", () => {
    expect(clip("x".repeat(100))).toBe(`${"x".repeat(80)}…(+20)`);
    expect(echo("short")).toBe('"short"');
    expect(echo([1, 2])).toBe("[1,2]");
  });
});
