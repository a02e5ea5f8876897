import { describe, expect, it } from "vitest";
import { fitLines, wrapLine } from "../../src/text/width.js";

// No wrapped line starts with closing punctuation (禁则): the character before it comes down with it.
const CLOSING = /^ *[）)，。；、：！？”’」』》】…]/u;

describe("wrapLine keeps closing punctuation off the start of a line", () => {
  for (const mark of ["）", "，", "。", "；", "、", "：", "！", "？", "”", "’", "」", "』", "》", "…"])
    it(`never starts a line with ${mark}`, () => {
      // 8 columns hold four CJK characters; the fifth character is the mark.
      const lines = wrapLine(`甲乙丙丁${mark}戊己庚辛壬`, 8, "");
      expect(lines.slice(1).filter((l) => CLOSING.test(l))).toEqual([]);
      expect(lines.join("")).toBe(`甲乙丙丁${mark}戊己庚辛壬`);
      expect(lines[1]?.startsWith(`丁${mark}`)).toBe(true);
    });

  it("wraps a source title without leaving 》 alone at the start (seen at 80 columns)", () => {
    const text = `    湖北省人社厅等五部门《关于加强就业帮扶巩固拓展脱贫攻坚成果助力乡村振兴的通知》（湖北12条），人民网湖北`;
    for (let width = 20; width <= 80; width++)
      expect(
        fitLines(text, width)
          .split("\n")
          .slice(1)
          .filter((l) => CLOSING.test(l)),
        `width ${width}`,
      ).toEqual([]);
  });
});

// Nor ends with opening punctuation: the mark goes down with what it opens (seen in a batch summary at 80
// columns: "按未享受计（" then "以社会保险经办机构…").
const OPENING = /[（(「『《【〔“‘] *$/u;

describe("wrapLine keeps opening punctuation off the end of a line", () => {
  for (const mark of ["（", "(", "「", "『", "《", "【", "〔", "“", "‘"])
    it(`never ends a line with ${mark}`, () => {
      // 8 columns hold four CJK characters; the fourth character is the mark.
      for (let width = 6; width <= 12; width++) {
        const lines = wrapLine(`甲乙丙${mark}丁戊己庚辛壬癸子`, width, "");
        expect(
          lines.filter((l) => OPENING.test(l)),
          `width ${width}`,
        ).toEqual([]);
        expect(lines.join("")).toBe(`甲乙丙${mark}丁戊己庚辛壬癸子`);
      }
    });
});
