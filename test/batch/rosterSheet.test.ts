import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { type GenCell, type GenRow, workbook } from "../xlsx/book.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("roster-sheet");
const ARGS = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund", "--format", "ndjson"];
const rows = (lines: readonly (readonly string[])[]): GenRow[] =>
  lines.map((cells) => ({ cells: cells.map((text): GenCell => ({ kind: "inline", text })) }));
const ROSTER = rows([
  ["经办档案编号", "出生日期", "性别", "户籍所在地"],
  ["H1", "1990-01-01", "女", "340104"],
]);
const INSTRUCTIONS = rows([["填表说明"], ["1. 身份证号码请填写18位"], ["2. 日期写年月日"]]);
const LABELS = rows([
  ["列名", "填写要求"],
  ["身份证号码", "18位，末位X大写"],
]);

describe("office3 F6: a workbook whose first sheet is 填表说明 — the roster's sheet is read and said, or --sheet named", () => {
  it.each([
    ["instructions", INSTRUCTIONS],
    ["a small table of labels", LABELS],
  ])("first sheet %s: the roster sheet is read, with a note saying which and why", async (_, first) => {
    writeFileSync(
      at("book.xlsx"),
      workbook([
        { name: "填表说明", rows: first },
        { name: "花名册", rows: ROSTER },
      ]),
    );
    const run = await butie(["batch", at("book.xlsx"), ...ARGS]);
    expect(
      run.stdout
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).reference),
    ).toEqual(["H1"]);
    expect(run.stderr).toContain(
      "读取工作表“花名册”：它的表头有 4 个已知列名，第一个工作表“填表说明”没有这样的表头（要读别的工作表，用 --sheet <名称或序号>）",
    );
  });

  it("no sheet with a header: an error naming the sheets and --sheet", async () => {
    writeFileSync(
      at("none.xlsx"),
      workbook([
        { name: "填表说明", rows: INSTRUCTIONS },
        { name: "封面", rows: rows([["2022年申报"]]) },
      ]),
    );
    const run = await butie(["batch", at("none.xlsx"), ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有一个工作表有可识别的表头（已查看工作表 填表说明、封面）");
    expect(run.stderr).toContain("--sheet <名称或序号>");
  });

  it("--sheet is obeyed as given", async () => {
    writeFileSync(
      at("book2.xlsx"),
      workbook([
        { name: "填表说明", rows: INSTRUCTIONS },
        { name: "花名册", rows: ROSTER },
      ]),
    );
    const run = await butie(["batch", at("book2.xlsx"), ...ARGS, "--sheet", "1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("读取工作表“花名册”");
  });
});
