import { writeFileSync } from "node:fs";
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { type GenCell, workbook } from "../xlsx/book.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("merges");
const ARGS = ["--as-of", "2021-10-01", "--program", "ningxia.unemployment-benefit", "--format", "ndjson"];
const HEADER = [
  ...["经办档案编号", "身份证号码", "就业状态", "失业保险参保地", "首次参保日期", "本次失业（停保）日期"],
  ...["累计缴费月数", "非因本人意愿中断就业", "已办理失业登记并有求职要求", "领取失业保险金期满仍未就业"],
  "是否按月领取基本养老金",
];
const person = (ref: string) => [
  ref,
  "640121196601190131",
  "失业",
  "640121",
  "2010-06-01",
  "2021-08-01",
  "130",
];
const text = (t: string | undefined): GenCell =>
  t === undefined ? { kind: "empty" } : { kind: "inline", text: t };
const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** The same rows as an .xlsx (butie's stream) and an .xls (SheetJS), with the same merged ranges. */
function books(name: string, rows: (string | undefined)[][], merges: string[]): string[] {
  writeFileSync(
    at(`${name}.xlsx`),
    workbook([{ name: "花名册", rows: rows.map((r) => ({ cells: r.map(text) })), merges }]),
  );
  const sheet = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => v ?? null)));
  sheet["!merges"] = merges.map((m) => XLSX.utils.decode_range(m));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "花名册");
  writeFileSync(at(`${name}.xls`), XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
  return [at(`${name}.xlsx`), at(`${name}.xls`)];
}

const byKind = (files: string[]) => files.map((f) => [f.split(".").pop() as string, f] as const);

describe("inputs2 F5: a merge down several rows and across several field columns is an error naming the range", () => {
  const rows = [
    HEADER,
    [...person("B1"), "是", undefined, "否", "否"],
    [...person("B2"), undefined, undefined, "否", "否"],
  ];
  it.each(byKind(books("block", rows, ["H2:I3"])))("%s", async (_, file) => {
    const run = await butie(["batch", file, ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "合并单元格 H2:I3 横跨多个字段列（非因本人意愿中断就业、已办理失业登记并有求职要求）",
    );
    expect(run.stdout).toBe("");
  });
});

describe("inputs2 F15: a merge never makes a row; rows with nothing of their own are not records", () => {
  const rows = [
    HEADER,
    [...person("L1"), "是", "是", "否", "否"],
    [...person("L2"), "是", "是", "否", undefined],
    [...person("L3"), "是", "是", "否", undefined],
  ];
  // 是否按月领取基本养老金 `否` merged K2:K60, past the last person (row 4).
  it.each(byKind(books("long", rows, ["K2:K60"])))("%s", async (_, file) => {
    const run = await butie(["batch", file, ...ARGS]);
    const out = records(run.stdout);
    expect(out.map((r) => r.reference)).toEqual(["L1", "L2", "L3"]);
    expect(out[2].results["ningxia.unemployment-benefit"].status).toBe("eligible");
    expect(run.stderr).toContain("56 行（第 5–60 行）只有合并单元格延伸下来的值");
    expect(run.stderr).toContain("共 3 条记录");
  });

  it("a whole-column merge reads three people, not a million rows", async () => {
    const [file] = books("huge", rows, ["K2:K1048576"]);
    const run = await butie(["batch", file as string, ...ARGS]);
    expect(records(run.stdout)).toHaveLength(3);
    expect(run.stderr).toContain("（第 5–1048576 行）");
  });
});
