import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";
import { inlineStringWorkbook } from "./zip.js";

const { at } = tempDir("cell-faults");
const ARGS = ["--as-of", "2021-09-01", "--program", "ningxia.unemployment-benefit"];
const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const HEADER =
  "经办档案编号,身份证号码,就业状态,失业保险参保地,首次参保日期,本次失业（停保）日期,累计缴费月数,非因本人意愿中断就业,已办理失业登记并有求职要求,领取失业保险金期满仍未就业,是否按月领取基本养老金";
// A man born 1966-01-19 (640121196601190131); the same number after a spreadsheet kept 15 significant digits and
// the column was exported as text: 640121196601190000, which passes the checksum with a sex digit of 0 (a woman).
const ROW = (ref: string, id: string) => `${ref},${id},失业,640121,2010/12/1,2021/8/1,20,是,是,否,否`;

describe("inputs #1: an ID number whose tail a spreadsheet zeroed is refused, never read as a woman", () => {
  it("in a CSV cell: the row is an error saying why, its reference kept; the true number is read", async () => {
    writeFileSync(
      at("idlost.csv"),
      [
        HEADER,
        ROW("P1", "640121196601190000"),
        ROW("P2", "640121196601190131"),
        ROW("P3", "640121 19660119 0000"),
      ].join("\n"),
    );
    const run = await butie(["batch", at("idlost.csv"), ...ARGS, "--format", "ndjson"]);
    const [p1, p2, p3] = records(run.stdout);
    expect(p1.reference).toBe("P1");
    expect(p1.results).toBeUndefined();
    expect(p1.errors[0].message).toBe(
      "第 2 列（身份证号码）：身份证号码末三位是000：电子表格曾把它存成数字（只保留15位有效数字），后几位（含性别位和校验码）已被改成0；请把该列设为文本、重新录入后再导出",
    );
    expect(p2.results["ningxia.unemployment-benefit"].status).toBe("eligible");
    expect(p3.errors[0].code).toBe("profile/id-number");
  });

  it("in a workbook's text cell alike", async () => {
    writeFileSync(
      at("idlost.xlsx"),
      inlineStringWorkbook([HEADER.split(","), ROW("P1", "640121196601190000").split(",")]),
    );
    const run = await butie(["batch", at("idlost.xlsx"), ...ARGS, "--format", "ndjson"]);
    const [p1] = records(run.stdout);
    expect(p1.errors[0].message).toContain("身份证号码末三位是000");
  });
});

describe("inputs #2: a year, an age or a year and month typed as a number in a workbook's date column", () => {
  it("is an error naming the column and the value as typed, as in a CSV; a serial and 19880520 are dates", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("花名册");
    sheet.addRow(["经办档案编号", "出生日期", "性别", "失业保险参保地", "本次失业（停保）日期"]);
    for (const [ref, born] of [
      ["B1", 1988],
      ["B2", 35],
      ["B3", 198805],
      ["B4", 19880520],
      ["B5", 32283], // the serial of 1988-05-20
      ["B6", 1988.05],
    ] as const)
      sheet.addRow([ref, born, "男", "640121", "2021/8/1"]);
    await book.xlsx.writeFile(at("ages.xlsx"));
    const run = await butie(["batch", at("ages.xlsx"), ...ARGS, "--format", "ndjson"]);
    const rows = records(run.stdout);
    const error = (i: number) => rows[i].errors?.[0]?.message;
    expect(error(0)).toBe(
      '第 2 列（出生日期）："1988" 不是有效的日期；请写年月日，如 2021年9月1日 或 2021/9/1',
    );
    expect(error(1)).toContain('"35" 不是有效的日期');
    expect(error(2)).toContain('"198805" 不是有效的日期');
    expect(rows[3].results).toBeDefined();
    expect(rows[4].results).toBeDefined();
    expect(error(5)).toContain('"1988.05" 不是有效的日期');
    expect(run.stderr).toContain("中有 1 个单元格是普通数字");
    expect(run.stdout + run.stderr).not.toContain("T00:00:00");
  });
});

describe("inputs #15: an error quotes a date cell as its day, never a timestamp", () => {
  it("a date-formatted cell in a months column", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("花名册");
    sheet.addRow(["经办档案编号", "累计缴费月数"]);
    sheet.addRow(["G3", new Date(Date.UTC(2021, 7, 1))]);
    sheet.getCell("B2").numFmt = "yyyy/m/d";
    await book.xlsx.writeFile(at("types.xlsx"));
    const run = await butie(["batch", at("types.xlsx"), ...ARGS, "--format", "ndjson"]);
    const [row] = records(run.stdout);
    expect(row.errors[0].message).toContain("2021-08-01 不是一个数；请只写数字，如 12 或 1年6个月");
    expect(run.stdout).not.toContain("T00:00:00");
  });
});

describe("inputs #3: a column counted in years that fills a months field", () => {
  const YEARS = [
    "经办档案编号,出生日期,性别,就业状态,失业保险参保地,首次参保日期,本次失业（停保）日期,累计缴费年限,非因本人意愿中断就业,已办理失业登记并有求职要求,领取失业保险金期满仍未就业,是否按月领取基本养老金",
    "Y1,1985/5/20,男,失业,640121,2010/12/1,2021/8/1,8,是,是,否,否",
    "Y2,1985/5/20,男,失业,640121,2010/12/1,2021/8/1,10,是,是,否,否",
  ].join("\n");

  it("--list-columns says the years are converted, never a bare months binding", async () => {
    writeFileSync(at("years2.csv"), YEARS);
    const run = await butie(["batch", at("years2.csv"), "--list-columns"]);
    expect(run.stdout).toContain(
      '"累计缴费年限": unemployment.contributionMonths  # 失业保险（本次失业）·累计缴费月数（本列按年填写：每格的数×12读作个月，运行时注明）',
    );
  });

  it("with that map, 8 years are 96 months (18 months' benefit) and 10 years 120 (24)", async () => {
    writeFileSync(at("years2.csv"), YEARS);
    writeFileSync(at("years2-map.yaml"), '"累计缴费年限": unemployment.contributionMonths\n');
    const run = await butie([
      "batch",
      at("years2.csv"),
      "--columns",
      at("years2-map.yaml"),
      ...ARGS,
      "--format",
      "ndjson",
    ]);
    const [y1, y2] = records(run.stdout).map((r) => r.results["ningxia.unemployment-benefit"]);
    expect([y1.status, y1.months, y1.total]).toEqual(["eligible", 18, 29808]);
    expect([y2.status, y2.months, y2.total]).toEqual(["eligible", 24, 39744]);
  });
});

describe("inputs #15, #16: Excel's text idiom, exponents, and the months example", () => {
  it('a CSV cell ="…" is the text inside; 1.2E+1 in a months cell is refused; the example fits months', async () => {
    writeFileSync(
      at("wrapped.csv"),
      [
        "经办档案编号,身份证号码,累计缴费月数",
        'W1,"=""640121196601190131""",20',
        "W2,,1.2E+1",
        "W3,,一年多",
        "W4,,一年半",
      ].join("\n"),
    );
    const run = await butie(["batch", at("wrapped.csv"), ...ARGS, "--format", "ndjson"]);
    const [w1, w2, w3, w4] = records(run.stdout);
    expect(w1.errors).toBeUndefined();
    expect(w2.errors[0].message).toContain("不是十进制写法");
    // "More than a year" is no number; "a year and a half" is 18 months, said back (Chinese numerals).
    expect(w3.errors[0].message).toBe(
      '第 3 列（累计缴费月数）："一年多" 不是一个数；请只写数字，如 12 或 1年6个月',
    );
    expect(w4.errors).toBeUndefined();
    expect(JSON.stringify(w4.notes)).toContain("按18个月计");
  });

  it("eval refuses an exponent in a profile, quoted or not", async () => {
    writeFileSync(at("e.yaml"), 'unemployment: {contributionMonths: "1e1"}\n');
    writeFileSync(at("e2.yaml"), "unemployment: {contributionMonths: 1e1}\n");
    for (const file of ["e.yaml", "e2.yaml"]) {
      const run = await butie(["eval", at(file), ...ARGS]);
      expect(run.stderr).toContain("不是十进制写法");
    }
  });
});

describe("inputs #11: a formula a workbook holds no result for is an error, never an empty cell", () => {
  it("as openpyxl writes it (<f> and no <v>)", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("花名册");
    sheet.addRow(["经办档案编号", "累计缴费月数"]);
    sheet.addRow(["G5", { formula: "10+10" }]);
    await book.xlsx.writeFile(at("formula.xlsx"));
    const run = await butie(["batch", at("formula.xlsx"), ...ARGS, "--format", "ndjson"]);
    const [row] = records(run.stdout);
    expect(row.reference).toBe("G5");
    expect(row.errors[0].message).toBe(
      "第 2 列（累计缴费月数）：公式没有计算结果（文件由程序生成、未在电子表格软件中保存过）；请在电子表格软件中打开并保存后再导出",
    );
  });
});
