import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { applicant, SHEET_COLUMNS } from "./profiles.js";
import { tempDir } from "./tempDir.js";

const { dir, at } = tempDir("batch");
const lines = (text: string) => text.split("\n").filter(Boolean);
const parse = (text: string) => lines(text).map((l) => JSON.parse(l));

describe("butie batch over NDJSON", () => {
  const N = 10_000;
  const broken = new Set(Array.from({ length: 100 }, (_, k) => k * 100 + 37));
  beforeAll(() => {
    const text = Array.from({ length: N }, (_, i) => {
      if (!broken.has(i)) return JSON.stringify(applicant(i));
      // Three kinds of broken record: a wrong enum, an impossible date, and a line that is not JSON.
      if (i % 3 === 0) return JSON.stringify({ ...applicant(i), person: { sex: "man" } });
      if (i % 3 === 1) return JSON.stringify({ person: { birthDate: "2021-02-30" } });
      return "{ not json";
    }).join("\n");
    writeFileSync(at("people.ndjson"), `${text}\n`);
  });

  it("writes one record per input record in input order, the broken ones as errors naming their line, and exits 1", async () => {
    const run = await butie(["batch", at("people.ndjson"), "--as-of", "2022-03-01"]);
    expect(run.code).toBe(1);
    const records = parse(run.stdout);
    expect(records).toHaveLength(N);
    expect(records.map((r) => r.row)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    const failed = records.filter((r) => r.errors);
    expect(failed.map((r) => r.row)).toEqual([...broken].map((i) => i + 1));
    for (const r of failed) for (const e of r.errors) expect(e.line).toBe(r.row);
    const codeOf = (row: number) => failed.find((r) => r.row === row)?.errors[0].code;
    expect([codeOf(38), codeOf(138), codeOf(238)]).toEqual(["profile/date", "yaml/syntax", "profile/enum"]);
    expect(failed.find((r) => r.row === 238)?.errors[0].col).toBe(12);
    expect(records[0].results["ningxia.unemployment-subsidy"]).toHaveProperty("status");
    // The summary is on stderr; stdout carries only the records.
    expect(run.stderr).toContain("共 10,000 条记录，100 条有错误");
    // Its counts are those of the records.
    const ok = records.filter((r) => r.results);
    const eligible = ok.filter((r) => r.results["hubei.startup-subsidy"].status === "eligible").length;
    // Programs by title; the counts on the line below.
    const lines = run.stderr.split("\n");
    const counts = lines[lines.indexOf("湖北省脱贫人口一次性创业补贴") + 1] ?? "";
    expect(counts).toContain(`符合条件 ${eligible.toLocaleString("en")} `);
    expect(run.stderr).toContain("评估日期 2022-03-01");
  }, 120_000);
});

describe("butie batch over spreadsheets", () => {
  const N = 60;
  beforeAll(async () => {
    writeFileSync(
      at("same.ndjson"),
      Array.from({ length: N }, (_, i) => JSON.stringify(applicant(i))).join("\n"),
    );
    const header = SHEET_COLUMNS.map(([h]) => h).join(",");
    const rows = Array.from({ length: N }, (_, i) =>
      SHEET_COLUMNS.map(([, cell]) => String(cell(applicant(i)) ?? "")).join(","),
    );
    writeFileSync(at("gbk.csv"), iconv.encode(`${header}\r\n${rows.join("\r\n")}\r\n`, "gbk"));
    writeFileSync(at("bom.csv"), `\uFEFF${header}\n${rows.join("\n")}\n`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("申请人");
    sheet.addRow(SHEET_COLUMNS.map(([h]) => h));
    for (let i = 0; i < N; i++) {
      const a = applicant(i);
      // Excel dates and numbers as a spreadsheet holds them, not text.
      sheet.addRow(
        SHEET_COLUMNS.map(([h, cell]) =>
          h === "首次参保日期" ? new Date(`${a.unemployment.firstInsuredDate}T00:00:00Z`) : (cell(a) ?? null),
        ),
      );
    }
    await workbook.xlsx.writeFile(at("same.xlsx"));
  });

  const results = (text: string) => parse(text).map((r) => r.results ?? r.errors);

  it("reads a GBK CSV with Chinese headers, and an .xlsx, to the same results as the NDJSON", async () => {
    const ndjson = await butie(["batch", at("same.ndjson"), "--as-of", "2022-03-01"]);
    const gbk = await butie(["batch", at("gbk.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    const bom = await butie(["batch", at("bom.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    const xlsx = await butie(["batch", at("same.xlsx"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    expect(ndjson.code).toBe(0);
    expect(gbk.stderr).not.toContain("error");
    const expected = results(ndjson.stdout);
    expect(expected).toHaveLength(N);
    expect(expected.some((r) => r["hubei.startup-subsidy"].status === "eligible")).toBe(true);
    expect(results(gbk.stdout)).toEqual(expected);
    expect(results(bom.stdout)).toEqual(expected);
    expect(results(xlsx.stdout)).toEqual(expected);
    // Spreadsheet rows are numbered as the spreadsheet numbers them: the header is row 1.
    expect(parse(xlsx.stdout)[0]).toMatchObject({ row: 2, reference: "A-0" });
  }, 60_000);

  it("writes CSV and .xlsx output with a column per program and figure", async () => {
    const csv = await butie(["batch", at("gbk.csv"), "--as-of", "2022-03-01", "--out", at("out.csv")]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe("");
    const text = readFileSync(at("out.csv"), "utf8");
    expect(
      text.startsWith(
        "\uFEFF行号,经办档案编号,错误,说明,评估日期,合肥市个人自愿缴存住房公积金·结论,合肥市个人自愿缴存住房公积金·缴存额（元）",
      ),
    ).toBe(true);
    // One CSV record per input row plus the header (a caveat cell may hold line breaks: records, not lines).
    expect(parseCsv(text)).toHaveLength(N + 1);
    const xlsx = await butie(["batch", at("gbk.csv"), "--as-of", "2022-03-01", "--out", at("out.xlsx")]);
    expect(xlsx.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(at("out.xlsx"));
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(N + 1);
    expect(sheet?.getRow(1).getCell(6).value).toBe("合肥市个人自愿缴存住房公积金·结论");
    expect(sheet?.getRow(2).getCell(5).value).toBe("2022-03-01");
    expect(sheet?.getRow(2).getCell(2).value).toBe("A-0");
    // No temporary file is left beside the output.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  it("names the row and column of a bad cell, and an unknown header with a suggestion", async () => {
    writeFileSync(
      at("bad.csv"),
      "出生日期,性别,累计缴费月数\n1990/1/1,女,8\n1990/2/30,男,8\n1990/1/1,X,-1\n",
    );
    const run = await butie(["batch", at("bad.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    expect(run.code).toBe(1);
    const [ok, date, two] = parse(run.stdout);
    expect(ok.results).toBeDefined();
    expect(date.errors).toEqual([expect.objectContaining({ line: 3, col: 1, code: "profile/date" })]);
    expect(date.errors[0].message).toContain("第 1 列（出生日期）");
    expect(two.errors.map((e: { col: number }) => e.col)).toEqual([2, 3]);
    writeFileSync(at("header.csv"), "出生日起,性别\n1990/1/1,女\n");
    const header = await butie(["batch", at("header.csv")]);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain(
      "header.csv:1:1 input/column 列“出生日起”不对应任何档案字段（是否指 出生日期？）",
    );
    expect(existsSync(at("never.csv"))).toBe(false);
    const nowhere = await butie(["batch", at("bad.csv"), "--out", at("no-such-dir/out.csv")]);
    expect(nowhere.code).toBe(2);
    // Said as the atomic writer says it (src/files/atomicFile.ts): the directory named, no system code.
    expect(nowhere.stderr).toMatch(/^butie: 无法写入 .*out\.csv：目录 .*no-such-dir 不存在\n$/);
    const en = await butie(["batch", at("bad.csv"), "--out", at("no-such-dir/out.csv"), "--lang", "en"]);
    expect(en.stderr).toMatch(
      /^butie: cannot write .*out\.csv: the directory .*no-such-dir does not exist\n$/,
    );
  });

  it("never prints an ID number whole, even from a record that is not valid JSON or a bad cell", async () => {
    const id = "340104199001011239";
    writeFileSync(
      at("ids.ndjson"),
      `{"person": {"idNumber": "${id}"}}\n{"person": {"idNumber": "${id}"},}\n{"person": {"idNumber": "${id}", "sex": "female"}}\n`,
    );
    const ndjson = await butie(["batch", at("ids.ndjson"), "--as-of", "2022-03-01"]);
    writeFileSync(at("ids.csv"), `居民身份证号码,出生日期,吸纳人员\n${id},${id},\n${id},,${id}x\n`);
    const csv = await butie(["batch", at("ids.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    for (const run of [ndjson, csv]) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(id);
    }
    // The bad date cell is quoted back, masked.
    expect(csv.stdout).toContain("3401**********1239");
  });

  it("reads CSV and NDJSON from stdin, telling them apart by their first bytes", async () => {
    const csv = await butie(["batch", "-", "--as-of", "2022-03-01", "--program", "hubei.startup-subsidy"], {
      stdin:
        "脱贫人口,经营地,经营主体类型,领取营业执照日期,正常经营,返乡创业,已领取过一次性创业补贴\n是,420102,个体工商户,2021/3/1,是,是,否\n",
    });
    // In words: status, how it is paid; numbers stay numbers; the evaluation date on every row.
    const [, row = []] = parseCsv(csv.stdout) as string[][];
    expect(row.slice(0, 11)).toEqual([
      "2",
      "",
      "",
      "",
      "2022-03-01",
      "符合条件",
      "5000",
      "一次性",
      "",
      "5000",
      "",
    ]);
    // Two grounds to confirm: the return-home rules not found, and values last confirmed 2021-08-26.
    expect(row[11]).toContain("其条件（如返乡认定）请经办人员核实");
    expect(row[11]).toContain("来源确认至2021年8月26日");
    expect(row.slice(12)).toEqual(["", "", ""]);
    const ndjson = await butie(
      ["batch", "-", "--as-of", "2022-03-01", "--program", "hubei.startup-subsidy"],
      {
        stdin: `${JSON.stringify(applicant(20))}\n`,
      },
    );
    expect(JSON.parse(ndjson.stdout).results["hubei.startup-subsidy"]).toMatchObject({
      status: "eligible",
      amount: 5000,
    });
  });

  it("maps other headers with --columns, ignores a column mapped to ~, and reads lists as JSON", async () => {
    writeFileSync(at("map.yaml"), "姓名: ~\n单位所在地: employer.region\n吸纳人员: employer.hires\n");
    writeFileSync(
      at("hires.csv"),
      '姓名,单位所在地,吸纳人员\n张三,420100,"[{""povertyAlleviated"": true, ""contractMonths"": 12, ""employedMonths"": 12}]"\n李四,420100,not json\n',
    );
    const run = await butie([
      "batch",
      at("hires.csv"),
      "--columns",
      at("map.yaml"),
      "--as-of",
      "2022-03-01",
      "--format",
      "ndjson",
    ]);
    const [first, second] = parse(run.stdout);
    expect(first.results["hubei.hiring-reward"].status).not.toBe("not-applicable");
    expect(second.errors[0]).toMatchObject({ line: 3, col: 3 });
  });
});

describe("butie batch --compare", () => {
  beforeAll(() => {
    const months = [3, 8, 11, 20, 5];
    const text = months.map((m) =>
      JSON.stringify({
        person: { employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
        unemployment: {
          insuredRegion: "640121",
          // Insured long enough for 20 months of contributions (`factRelations`).
          firstInsuredDate: "2019-12-01",
          // Evaluated on 2022-03-01: the 2022 扩围 covers only spells that began in 2022.
          unemployedSince: "2022-01-10",
          contributionMonths: m,
          involuntary: true,
          registered: true,
        },
      }),
    );
    writeFileSync(at("reform.ndjson"), `${text.join("\n")}\n`);
  });
  const args = [
    "batch",
    "",
    "--as-of",
    "2022-03-01",
    "--program",
    "ningxia.unemployment-subsidy",
    "--lang",
    "en",
    "--compare",
  ];
  const compare = (...more: string[]) =>
    butie([...args.slice(0, 1), at("reform.ndjson"), ...args.slice(2), ...more]);

  it("reports gainers, losers and the cost difference of a --param change", async () => {
    const run = await compare("--param", "ningxia.unemployment-subsidy.higherTierRate=0.9");
    expect(run.code).toBe(0);
    // Four eligible (3, 5, 8, 11 months); only the 80% tier (6 months and more: 8, 11) rises to 90%.
    expect(run.stdout).toContain(
      "  Ningxia unemployment subsidy — Higher tier rate: 80% → 90% (--param ningxia.unemployment-subsidy.higherTierRate=0.9)",
    );
    expect(run.stdout).toContain("Paid more 2  Paid less 0");
    expect(run.stdout).toMatch(/Beneficiaries\s+│\s+4\s+│\s+4\s+│\s+0/);
    expect(run.stdout).toMatch(/Monthly \(yuan\)\s+│\s+[\d,.]+\s+│\s+[\d,.]+\s+│\s+\+[\d,.]+/);
    const lose = await compare("--param", "ningxia.unemployment-subsidy.benefitContributionMonths=6");
    expect(lose.stdout).toMatch(/Lose eligibility [1-9]/);
    expect(lose.stdout).toMatch(/Total \(yuan\)\s+│[^│]+│[^│]+│\s+-[\d,.]+/);
  });

  it("a null reform changes nothing: Δ = 0 exactly", async () => {
    for (const more of [[], ["--param", "ningxia.unemployment-subsidy.higherTierRate=0.8"]]) {
      const run = await compare(...more);
      expect(run.stdout).toContain("Records whose result changes: 0");
      expect(run.stdout).toMatch(/Monthly \(yuan\)\s+│\s+([\d,.]+)\s+│\s+\1\s+│\s+0\.00/);
      expect(run.stdout).toMatch(/Total \(yuan\)\s+│\s+([\d,.]+)\s+│\s+\1\s+│\s+0\.00/);
    }
  });

  it("--out gets only the records that change, with before and after", async () => {
    const run = await compare(
      "--param",
      "ningxia.unemployment-subsidy.higherTierRate=0.9",
      "--out",
      at("changed.ndjson"),
    );
    const changed = parse(readFileSync(at("changed.ndjson"), "utf8"));
    expect(changed.map((r) => r.row)).toEqual([2, 3]);
    const c = changed[0].changes["ningxia.unemployment-subsidy"];
    expect(c.after.amount).toBeGreaterThan(c.before.amount);
    expect(run.stdout).toContain("Records whose result changes: 2");
  });
});
