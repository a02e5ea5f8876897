import { describe, expect, it } from "vitest";
import { wrapLine } from "../../src/text/width.js";

describe("table wrapping never splits an ID number past the mask", () => {
  it("masks the ID before it cuts a long line (a rule title or file name holding one)", () => {
    const id = "11010519491231002X";
    const out = wrapLine(`档案 ${"很长的标题".repeat(3)}${id} 结束`, 20).join("\n");
    expect(out.replace(/\n\s*/g, "")).not.toContain(id.slice(0, 10));
    expect(out).not.toMatch(/\d{6,}/);
  });
});
