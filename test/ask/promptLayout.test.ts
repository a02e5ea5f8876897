import { describe, expect, it } from "vitest";
import { answerAfter, choiceLines, promptLayout } from "../../src/ask/promptLayout.js";
import { displayWidth } from "../../src/text/width.js";

// A prompt on an 80-column terminal: "? " then the message; the answer follows the message once given.

describe("prompts wrapped by display width", () => {
  const question =
    "您累计缴纳失业保险费多少个月？（直接回车 = 不知道 / 跳过）（输入 < 返回上一题）（也可输入18位身份证号码）";

  it("keeps every line, with the prompt's mark, within 80 columns", () => {
    const { text } = promptLayout(question, 80);
    const lines = text.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(displayWidth(`? ${lines[0]}`)).toBeLessThanOrEqual(80);
    for (const l of lines.slice(1)) {
      expect(l.startsWith("  ")).toBe(true);
      expect(displayWidth(l)).toBeLessThanOrEqual(80);
    }
    expect(lines.join("").replace(/\s+/g, "")).toBe(question.replace(/\s+/g, ""));
  });

  it("leaves a short message as it is", () => {
    expect(promptLayout("您的性别是？", 80)).toEqual({ text: "您的性别是？", end: 2 + 12 });
  });

  it("puts an answer after its question when it fits, else on lines of its own", () => {
    const short = promptLayout("您的失业保险参保地是？（输入地名或拼音搜索）", 80);
    // 2 + 44 columns of question, a space, then 宁夏回族自治区银川市永宁县（640121）: 26 + 10 = 36 → 83 > 80.
    const place = "宁夏回族自治区银川市永宁县（640121）";
    expect(displayWidth(place)).toBe(36);
    expect(answerAfter(short, place, 80)).toBe(`\n  ${place}`);
    expect(answerAfter(short, "否", 80)).toBe("否");
  });

  it("never breaks a code or a number across lines", () => {
    const { text } = promptLayout(`${"银川".repeat(36)}（640121）`, 80);
    expect(text).toContain("（640121）");
  });
});

describe("closing marks", () => {
  it("never start a line: the character before goes down with them", () => {
    // 2 + 74 columns of question end exactly at 题, so the closing bracket alone would start the next line.
    const q = "您累计缴纳失业保险费多少个月？（直接回车 = 不知道 / 跳过）（输入 < 返回上一题）";
    const lines = promptLayout(q, 80).text.split("\n");
    expect(lines).toEqual([
      "您累计缴纳失业保险费多少个月？（直接回车 = 不知道 / 跳过）（输入 < 返回上一",
      "  题）",
    ]);
  });
});

describe("long choices", () => {
  it("wrap under the list's marks, within 80 columns", () => {
    const name =
      "Programs of my hukou place (Lianyun District (Lianyungang) public-welfare posts for people with employment difficulties)";
    const lines = choiceLines(name, 80, 3).split("\n");
    expect(displayWidth(`❯◯ ${lines[0]}`)).toBeLessThanOrEqual(80);
    expect(lines.slice(1).every((l) => l.startsWith("   ") && displayWidth(l) <= 80)).toBe(true);
    expect(lines.map((l) => l.trim()).join(" ")).toBe(name);
  });
});
