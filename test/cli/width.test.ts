import { Chalk } from "chalk";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { fitLines, fittedTable, terminalWidth, wrapLine } from "../../src/cli/render/width.js";

const red = new Chalk({ level: 1 }).red;

describe("wrapLine", () => {
  it("wraps CJK text by display width, two columns a character, never splitting one", () => {
    const line = "领取失业保险金期满仍未就业，或不符合领取失业保险金条件（本人意愿中断就业）";
    const lines = wrapLine(line, 20, "");
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.join("")).toBe(line);
    expect(lines[0]).toBe("领取失业保险金期满仍");
  });

  it("breaks latin text at spaces and indents the continuation", () => {
    const lines = wrapLine("  Contributions paid for at least one year (12 months)", 30);
    expect(lines).toEqual(["  Contributions paid for at", "    least one year (12 months)"]);
  });

  it("does not count or split colour codes", () => {
    const line = red("缴费满12个月：您缴费8个月，还差4个月");
    const lines = wrapLine(line, 16, "");
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(16);
    expect(lines.join("").replace(new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, "g"), "")).toBe(
      "缴费满12个月：您缴费8个月，还差4个月",
    );
  });

  it("does not split a number or a latin word between CJK text", () => {
    const lines = wrapLine("通知（人社部发〔2020〕40号），2021、2022年延续实施", 30, "");
    expect(lines).toEqual(["通知（人社部发〔2020〕40号），", "2021、2022年延续实施"]);
  });

  it("leaves a line that fits alone", () => {
    expect(fitLines("短\n   short", 10)).toBe("短\n   short");
  });
});

describe("fittedTable", () => {
  it("is no wider than asked, whatever the cells", () => {
    const rows = [
      ["宁夏失业补助金", "✓ 符合条件", "每月1404元，最长6个月，合计8424元"],
      [
        "宁夏失业农民工临时生活补助",
        "? 需补充信息",
        "金额未公布：宁夏按缴费时间长短分2个档次发放，参照参保地城市低保标准",
      ],
    ];
    for (const width of [40, 60, 80, 120]) {
      const table = fittedTable(["项目", "结论", "金额"], rows, width);
      for (const l of table.split("\n")) expect(stringWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
    }
  });

  it("keeps natural widths when they fit, and every row the same width", () => {
    const table = fittedTable(["a", "b"], [["x", "长"]], 80).split("\n");
    expect(new Set(table.map((l) => stringWidth(l))).size).toBe(1);
    expect(table[0]).toBe("┌───┬────┐");
  });

  it("does not narrow a column below its minimum (program ids)", () => {
    const id = "ningxia.migrant-living-subsidy";
    const table = fittedTable(["id", "title"], [[id, "宁夏失业农民工临时生活补助".repeat(3)]], 60, [
      id.length,
    ]);
    expect(table).toContain(id);
  });
});

describe("terminalWidth", () => {
  const io = (columns: number | undefined, env: NodeJS.ProcessEnv = {}) =>
    ({ columns, env }) as unknown as Parameters<typeof terminalWidth>[0];
  it.each([
    [io(undefined), 80],
    [io(132), 132],
    [io(undefined, { COLUMNS: "100" }), 100],
    [io(undefined, { COLUMNS: "wide" }), 80],
  ])("%# → %i", (given, width) => expect(terminalWidth(given)).toBe(width));
});
