import { describe, expect, it } from "vitest";
import { transcriptLine } from "../../src/ask/promptLayout.js";
import { displayWidth } from "../../src/text/width.js";
import { butie } from "../cli/memoryIo.js";

// `ask --replay` prints each question asked with its answer: said back as the prompts say things.

const replay = (...more: string[]) =>
  butie(["ask", "--replay", "examples/hubei-startup.yaml", "--as-of", "2022-09-01", ...more]);

describe("ask --replay says a date answer in the form people write", () => {
  it("Chinese: 2021年9月1日, never 2021-09-01", async () => {
    const run = await replay();
    expect(run.stdout).toContain("→ 2021年9月1日");
    expect(run.stdout).not.toContain("2021-09-01");
  });

  it("English: 1 September 2021", async () => {
    const run = await replay("--lang", "en");
    expect(run.stdout).toContain("→ 1 September 2021");
  });
});

describe("a transcript line is wrapped by display width, under its number", () => {
  const question = "您创办的是小微企业、个体工商户还是其他？（如不确定，请查看营业执照上的“类型”一栏）";

  it("keeps within 80 columns and loses nothing", () => {
    const text = transcriptLine(4, question, "个体工商户", 80);
    const lines = text.split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.startsWith(" 4. ")).toBe(true);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    for (const l of lines.slice(1)) expect(l.startsWith("    ")).toBe(true);
    expect(lines.join("").replace(/\s+/g, "")).toBe(`4.${question}→个体工商户`);
  });

  it("an English line breaks between words", () => {
    const text = transcriptLine(
      4,
      "Is it a micro/small enterprise, an individual business, or other?",
      "individual business",
      80,
    );
    expect(text).toBe(
      " 4. Is it a micro/small enterprise, an individual business, or other? →\n    individual business",
    );
  });

  it("a short line stays one line", () => {
    expect(transcriptLine(12, "您的性别是？", "女", 80)).toBe("12. 您的性别是？ → 女");
  });
});
