import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { separatorOf } from "../../src/batch/inputs/csvRows.js";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("separators");
const TITLE = "合肥市个人缴存住房公积金开户申请汇总表";
const HEADER = [
  "经办档案编号",
  "出生日期",
  "性别",
  "户籍所在地",
  "具备完全民事行为能力",
  "养老保险参保地",
  "以个人名义参保",
  "正常连续缴纳月数",
  "月缴存基数",
  "缴存比例",
];
const ROWS = [
  ["HF-1", "1990-01-01", "男", "340104", "是", "340104", "是", "14", "5000", "7%"],
  ["HF-2", "1990-01-01", "男", "340104", "是", "340104", "是", "14", "3500", "5%"],
];
const ARGS = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund", "--format", "ndjson"];
const table = (sep: string, title: string) =>
  [title, HEADER.join(sep), ...ROWS.map((r) => r.join(sep))].join("\r\n");

describe("office3 F5: the separator is decided on the table's lines, not on a title line above the header", () => {
  it.each([
    ["tab", "\t"],
    ["semicolon", ";"],
  ])("a %s-separated file with a title line is read, found header or --header-row 2", async (_, sep) => {
    for (const title of [TITLE, `${TITLE}（2022年3月，单位：元）`]) {
      writeFileSync(at("t.txt"), table(sep, title));
      for (const extra of [[], ["--header-row", "2"]]) {
        const run = await butie(["batch", at("t.txt"), ...ARGS, ...extra]);
        expect(run.stderr).not.toContain("找不到表头");
        const rows = run.stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l));
        expect(rows.map((r) => r.reference)).toEqual(["HF-1", "HF-2"]);
        expect(rows[0].results["hefei.provident-fund"].amount).toBe(700);
      }
    }
  });

  it.each([
    ['a,b,c\n1,"x;y;z",3\n4,5,6', ","],
    ["标题\na\tb\tc\n1\t2\t3", "\t"],
    ["标题,含逗号\na\tb\tc\n1\t2\t3\n4\t5\t6", "\t"],
    ["a;b;c\n1;2,5;3", ";"],
    ["只有一列\n值", ","],
  ])("separatorOf(%j) is %j", (text, sep) => {
    expect(separatorOf(text)).toBe(sep);
  });

  it("--header-row decides from its line on", () => {
    expect(separatorOf("说明,见下表,共三列\n\na\tb\tc\n1\t2\t3", 3)).toBe("\t");
  });
});
