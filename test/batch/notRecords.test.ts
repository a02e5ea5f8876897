import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { type GenCell, workbook } from "../xlsx/book.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("not-records");
const ARGS = ["--as-of", "2022-03-01", "--format", "ndjson"];
const ROWS = [
  ["经办档案编号", "性别", "户籍所在地"],
  ["H1", "女", "340104"],
  ["H2", "男", "340104"],
  ["", "", ""],
  ["H3", "女", "340104"],
  ["合 计", "", "3人"],
  ["", "", ""],
  ["制表人：", "", "审核人："],
  ["注：本表一式两份", "", ""],
];
const lines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const text = (t: string): GenCell => (t ? { kind: "inline", text: t } : { kind: "empty" });

describe("inputs2 F9: a total, a blank row or the form's footer is no applicant, in every format, and said", () => {
  it.each(["csv", "xlsx"])("%s", async (kind) => {
    const file = at(`roster.${kind}`);
    if (kind === "csv") writeFileSync(file, ROWS.map((r) => r.join(",")).join("\r\n"));
    else writeFileSync(file, workbook([{ name: "名册", rows: ROWS.map((r) => ({ cells: r.map(text) })) }]));
    const run = await butie(["batch", file, ...ARGS]);
    expect(lines(run.stdout).map((r) => r.reference)).toEqual(["H1", "H2", "H3"]);
    expect(run.stderr).toContain("已跳过 2 行空行：第 4、7 行");
    expect(run.stderr).toContain("已跳过 1 行合计行（合计、小计等不是申请人）：第 6 行");
    expect(run.stderr).toContain("已跳过 2 行表尾（以下空白、制表人、审核人、注等）：第 8–9 行");
    expect(run.stderr).toContain("共 3 条记录");
  });

  it("a row with a remark among its data is a record", async () => {
    writeFileSync(at("remark.csv"), "经办档案编号,性别,户籍所在地\nH1,女,注：外省\n");
    const run = await butie(["batch", at("remark.csv"), ...ARGS]);
    expect(lines(run.stdout).map((r) => r.reference)).toEqual(["H1"]);
  });
});

describe("office3 F7: a footer in its usual forms, and an unlabelled sums row, is no applicant — one mechanism, said by row", () => {
  const HEADER = "序号,经办档案编号,身份证号码,就业状态,失业保险参保地,累计缴费月数";
  const FOOT = [
    HEADER,
    "1,NX-1,640121198805200118,失业,640121,24",
    "2,NX-2,640121198805200134,失业,640121,30",
    ",以下空白,,,,",
    "总计：2人,,,,,54",
    "合计（2人）,,,,,54",
    "单位（盖章）：,,,,经办人：,",
    "填报说明：累计缴费月数以系统为准,,,,,",
    "审核：王,,制表：李,,,",
    "制表人：XX,,,,,",
    ",,,,,54",
  ];

  it("each footer row skipped and said with its number; the two people are the only records", async () => {
    writeFileSync(at("foot.csv"), FOOT.join("\r\n"));
    writeFileSync(at("fm.yaml"), "序号: ~\n");
    const run = await butie([
      "batch",
      at("foot.csv"),
      "--columns",
      at("fm.yaml"),
      "--as-of",
      "2021-10-01",
      "--program",
      "ningxia.unemployment-benefit",
      "--format",
      "ndjson",
    ]);
    expect(lines(run.stdout).map((r) => r.reference)).toEqual(["NX-1", "NX-2"]);
    expect(run.stderr).toContain("已跳过 3 行合计行（合计、小计等不是申请人）：第 5–6、11 行");
    expect(run.stderr).toContain("已跳过 5 行表尾（以下空白、制表人、审核人、注等）：第 4、7–10 行");
    expect(run.code).toBe(0);
  });

  it("a person with a name or ID is never a sums row, even with only numbers beside it", async () => {
    writeFileSync(
      at("nums.csv"),
      [HEADER, "1,NX-1,640121198805200118,失业,640121,24", ",NX-3,,,,54"].join("\n"),
    );
    writeFileSync(at("fm.yaml"), "序号: ~\n");
    const run = await butie(["batch", at("nums.csv"), "--columns", at("fm.yaml"), ...ARGS]);
    expect(lines(run.stdout).map((r) => r.reference)).toEqual(["NX-1", "NX-3"]);
  });
});
