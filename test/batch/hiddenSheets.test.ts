import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { type GenSheet, workbook } from "../xlsx/book.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("hidden-sheets");
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ARGS = ["--as-of", "2021-10-01", "--program", "ningxia.unemployment-benefit", "--format", "ndjson"];
const references = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).reference);
const roster = (name: string, ref: string, hidden = false): GenSheet => ({
  name,
  hidden,
  rows: [
    {
      cells: [
        { kind: "inline", text: "经办档案编号" },
        { kind: "inline", text: "性别" },
      ],
    },
    {
      cells: [
        { kind: "inline", text: ref },
        { kind: "inline", text: "女" },
      ],
    },
  ],
});

describe("inputs2 F8: --sheet numbers count the visible sheets, as the tab bar shows them", () => {
  // A hidden old roster first, then the two the caseworker sees.
  const book = () => {
    writeFileSync(
      at("hidden.xlsx"),
      workbook([roster("旧名册", "OLD", true), roster("名册一", "ONE"), roster("名册二", "TWO")]),
    );
    return at("hidden.xlsx");
  };

  it.each([
    ["1", "ONE"],
    ["2", "TWO"],
    ["名册二", "TWO"],
  ])("--sheet %s reads %s", async (sheet, ref) => {
    const run = await butie(["batch", book(), "--sheet", sheet, ...ARGS]);
    expect(references(run.stdout)).toEqual([ref]);
  });

  it("a hidden sheet named is read, and said to be hidden", async () => {
    const run = await butie(["batch", book(), "--sheet", "旧名册", ...ARGS]);
    expect(references(run.stdout)).toEqual(["OLD"]);
    expect(run.stderr).toContain("工作表“旧名册”是隐藏的");
  });

  it("a number past the visible sheets is refused, listing them by number and the hidden ones by name", async () => {
    const run = await butie(["batch", book(), "--sheet", "3", ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "可见的工作表按序号：1 名册一、2 名册二；序号只数可见的工作表）；隐藏的工作表：旧名册",
    );
  });
});

describe("inputs2 F8b: an .ods sheet LibreOffice hides (by its table style) is hidden", () => {
  it("skipped by default, never called the first visible sheet", async () => {
    const run = await butie(["batch", fixture("hidden-sheet.ods"), ...ARGS]);
    expect(references(run.stdout)).toEqual(["ONE"]);
    expect(run.stderr).toContain("已跳过隐藏的工作表 旧名册，读取“名册一”");
  });
});
