import { describe, expect, it } from "vitest";
import { maskIdNumbersIn, maskIdShapedIn } from "../../src/text/idMask.js";
import { wrapByWidth } from "../../src/text/wrapByWidth.js";
import { ID, ID2 } from "../bad-inputs/mini.js";

const FULL = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const MASKED = "1101**********002X";

describe("an ID number is masked however it is typed", () => {
  it.each([
    ["plain", ID],
    ["lower-case x", ID.toLowerCase()],
    ["full-width digits (a Chinese input method)", FULL(ID)],
    ["split by zero-width spaces", [...ID].join("\u200b")],
    [
      "split by a word joiner and a soft hyphen",
      `${ID.slice(0, 9)}\u2060${ID.slice(9, 12)}\u00ad${ID.slice(12)}`,
    ],
    ["in groups of 6-8-4 with spaces", `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`],
    ["in groups with hyphens", `${ID.slice(0, 6)}-${ID.slice(6, 14)}-${ID.slice(14)}`],
    ["with ideographic spaces", `${ID.slice(0, 6)}\u3000${ID.slice(6, 14)}\u3000${ID.slice(14)}`],
  ])("%s", (_name, typed) => {
    const out = maskIdNumbersIn(`身份证：${typed}。`);
    expect(out.toUpperCase()).toBe(`身份证：${MASKED}。`);
  });

  it("leaves numbers that are not ID numbers, and longer runs of digits, as they are", () => {
    const text = "5000 5000 5000 5000 2000 | 123456789012345678 | 1234567890123456789012 | 2021-09-01";
    expect(maskIdNumbersIn(text)).toBe(text);
  });

  it("masks one glued to other digits, or two pasted together", () => {
    expect(maskIdNumbersIn(`11.9999${ID}`)).toBe(`11.9999${MASKED}`);
    expect(maskIdNumbersIn(`${ID}${ID}`)).toBe(`${MASKED}${MASKED}`);
    expect(maskIdNumbersIn(`12${ID2}34`)).toBe("123401**********001734");
  });

  it("masks every one of several, and a mistyped one where a person's typing is quoted", () => {
    expect(maskIdNumbersIn(`${ID},${ID2}`)).toBe(`${MASKED},3401**********0017`);
    expect(maskIdShapedIn("got ３４０１０４１９９００１０１１２３０")).toBe("got 3401**********1230");
  });

  it("is linear on a long text of digits and gaps", () => {
    const started = Date.now();
    maskIdNumbersIn("1 ".repeat(500_000));
    maskIdNumbersIn("1".repeat(1_000_000));
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("wrapping never splits an ID number past the mask", () => {
  it("a long title holding an ID, wrapped to 10 columns", () => {
    const lines = wrapByWidth(`申请人 ${ID} 的补贴`, 10);
    expect(lines.join("")).not.toMatch(/\d{6}/);
    expect(lines.join("")).toContain("1101");
  });
});
