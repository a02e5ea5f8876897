import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { workbook } from "../xlsx/book.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("empty-input");

describe("inputs2 F6: an empty file or an empty first sheet is an input fault (exit 2), not a run of 0 records", () => {
  it.each([
    ["empty.csv", ""],
    ["bom.csv", "\uFEFF"],
    ["blank.csv", "\r\n\r\n"],
  ])("%s", async (name, text) => {
    writeFileSync(at(name), text);
    const run = await butie(["batch", at(name), "--out", at(`${name}.out.csv`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("找不到表头，文件是空的");
  });

  it("an empty first sheet names itself and --sheet", async () => {
    const roster = { cells: [{ kind: "inline", text: "性别" } as const] };
    writeFileSync(
      at("two.xlsx"),
      workbook([
        { name: "Sheet1", rows: [] },
        { name: "失业人员", rows: [roster] },
      ]),
    );
    const run = await butie(["batch", at("two.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("工作表“Sheet1”是空的；请用 --sheet");
  });
});
