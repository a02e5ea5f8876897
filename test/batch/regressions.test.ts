import { readFileSync, writeFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/render/width.js";
import { butie } from "../cli/memoryIo.js";
import { INSURED_8_MONTHS } from "./compare/people.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("batch-reg");
const parse = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

// Eligible only through a category Lianyungang has not confirmed (a caveat), on 2021-09-01: after the date the
// rule's sources last confirmed it (2021-08-25), so the currency caveat too.
const WELFARE = {
  person: {
    employmentStatus: "unemployed",
    hukouRegion: "320703",
    birthDate: "1985-06-15",
    sex: "male",
    employmentDifficulty: ["released-prisoner"],
  },
  unemployment: { registered: true },
};
const BOTH_NINGXIA = {
  person: { migrantWorker: true, employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
  unemployment: {
    ...INSURED_8_MONTHS,
    benefitExhausted: false,
    livingSubsidyReceived: false,
    receivingOtherPayment: false,
  },
};

describe("batch keeps caveats, priority and exclusions (bug: dropped in batch output)", () => {
  it("NDJSON output carries the caveat texts, and the summary counts caveated decisions", async () => {
    writeFileSync(at("l.ndjson"), `${JSON.stringify(WELFARE)}\n`);
    const run = await butie([
      "batch",
      at("l.ndjson"),
      "--as-of",
      "2021-09-01",
      "--program",
      "lianyungang.welfare-post",
      "--format",
      "ndjson",
    ]);
    const [record] = parse(run.stdout);
    const result = record.results["lianyungang.welfare-post"];
    expect(result.status).toBe("eligible");
    expect(result.caveats).toHaveLength(2);
    expect(result.caveats[0].zh).toContain("请经办人员核实");
    expect(result.caveats[0].en).toContain("caseworker must confirm");
    expect(result.caveats[1].zh).toContain("来源确认至2021年8月25日");
    expect(result.caveats[1].en).toContain("confirmed up to 25 August 2021");
    expect(run.stderr).toContain("其中须核实 1");
  }, 30_000);

  it("CSV output has a caveat column in the run's language and a priority column per program", async () => {
    writeFileSync(at("l2.ndjson"), `${JSON.stringify(WELFARE)}\n`);
    const args = ["batch", at("l2.ndjson"), "--as-of", "2021-09-01", "--format", "csv"];
    for (const lang of ["zh", "en"] as const) {
      const run = await butie([...args, "--lang", lang]);
      const [head, row] = parseCsv(run.stdout) as string[][];
      const cell = (name: string) => row?.[head?.indexOf(name) ?? -1];
      // Headers in the run's language: the program's title, then the column.
      expect(head).toContain(
        lang === "zh"
          ? "湖北省乡村公益性岗位优先安置·优先"
          : "Hubei rural public-welfare posts (priority placement): priority",
      );
      const caveats = head?.find((h) => /(连云港|Lianyungang).*(须核实|to verify)$/.test(h)) ?? "";
      expect(cell(caveats)).toContain(lang === "zh" ? "请经办人员核实" : "caseworker must confirm");
      expect(cell(caveats)).toContain(
        lang === "zh" ? "来源确认至2021年8月25日" : "confirmed up to 25 August 2021",
      );
    }
  }, 30_000);

  it("applies exclusions between programs and writes the excluded ids", async () => {
    writeFileSync(at("n.ndjson"), `${JSON.stringify(BOTH_NINGXIA)}\n`);
    const run = await butie(["batch", at("n.ndjson"), "--as-of", "2020-09-01"]);
    const [record] = parse(run.stdout);
    expect(record.results["ningxia.migrant-living-subsidy"].exclusions).toEqual([
      "ningxia.unemployment-subsidy",
    ]);
    expect(record.results["ningxia.unemployment-subsidy"].exclusions).toEqual([
      "ningxia.migrant-living-subsidy",
    ]);
    const csv = await butie(["batch", at("n.ndjson"), "--as-of", "2020-09-01", "--format", "csv"]);
    const [head, row] = parseCsv(csv.stdout) as string[][];
    // Titles in the table, ids in NDJSON.
    expect(row?.[head?.indexOf("宁夏失业补助金·不得同时享受") ?? -1]).toBe("宁夏失业农民工临时生活补助");
  }, 30_000);

  it("writes the priority of a program that ranks applicants", async () => {
    const person = { povertyAlleviated: true, cannotWorkAway: true, noOtherSupport: true, ableForPost: true };
    const rural = { person, welfarePost: { region: "420100", urbanPostSubsidy: 1800 } };
    writeFileSync(at("p.ndjson"), `${JSON.stringify(rural)}\n`);
    const run = await butie(["batch", at("p.ndjson"), "--as-of", "2022-03-01"]);
    const [record] = parse(run.stdout);
    expect(record.results["hubei.rural-welfare-post"]).toMatchObject({ status: "eligible", priority: true });
    const csv = await butie(["batch", at("p.ndjson"), "--as-of", "2022-03-01", "--format", "csv"]);
    const [head, row] = parseCsv(csv.stdout) as string[][];
    expect(row?.[head?.indexOf("湖北省乡村公益性岗位优先安置·优先") ?? -1]).toBe("是");
  }, 30_000);
});

describe("a row in error keeps its case reference (bug: reference column empty)", () => {
  const HEAD = "经办档案编号,经营地,经营主体类型,领取营业执照日期,正常经营,返乡创业,脱贫人口";
  const ROWS = [
    ["X1", "420100", "个体工商户", "2021年3月1日", "是", "", "是"],
    ["X3", "420102", "小微企业", "2021-02-30", "是", "否", "是"],
  ];
  const args = (file: string) => [
    "batch",
    file,
    "--as-of",
    "2022-03-01",
    "--program",
    "hubei.startup-subsidy",
  ];

  it("CSV input", async () => {
    writeFileSync(at("bom.csv"), `\ufeff${HEAD}\r\n${ROWS.map((r) => r.join(",")).join("\r\n")}\r\n`);
    const run = await butie(args(at("bom.csv")));
    const [head, , bad] = parseCsv(run.stdout) as string[][];
    expect(bad?.[head?.indexOf("错误") ?? -1]).toContain("2021-02-30 不是有效的日期");
    expect(bad?.[head?.indexOf("经办档案编号") ?? -1]).toBe("X3");
  }, 30_000);

  it("Excel input", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("s");
    sheet.addRow(HEAD.split(","));
    for (const r of ROWS) sheet.addRow(r);
    await book.xlsx.writeFile(at("bad.xlsx"));
    const run = await butie([...args(at("bad.xlsx")), "--out", at("bad-out.xlsx")]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(at("bad-out.xlsx"));
    const ws = out.worksheets[0];
    if (!ws) throw new Error("no worksheet written");
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = (ws.getRow(3).values as unknown[]).slice(1);
    expect(run.code).toBe(1);
    expect(String(row[header.indexOf("错误")])).toContain("2021-02-30 不是有效的日期");
    expect(row[header.indexOf("经办档案编号")]).toBe("X3");
  }, 30_000);

  it("NDJSON input, but never a reference the catalogue refuses", async () => {
    const bad = { case: { reference: "X3" }, person: { birthDate: "2021-02-30" } };
    const badRef = { case: { reference: "x".repeat(41) }, person: { birthDate: "2021-02-30" } };
    const idRef = { case: { reference: "11010519491231002X" }, person: { birthDate: "2021-02-30" } };
    const lines = [bad, badRef, idRef].map((r) => JSON.stringify(r));
    writeFileSync(at("bad.ndjson"), `${lines.join("\n")}\n`);
    const run = await butie(["batch", at("bad.ndjson"), "--as-of", "2022-03-01"]);
    const [one, two, three] = parse(run.stdout);
    expect(three.errors.map((e: { code: string }) => e.code)).toContain("profile/id-number");
    expect(three).not.toHaveProperty("reference");
    expect(run.stdout).not.toContain("11010519491231002X");
    expect(one.errors[0].code).toBe("profile/date");
    expect(one.reference).toBe("X3");
    expect(two.errors.length).toBeGreaterThan(0);
    expect(two).not.toHaveProperty("reference");
    expect(readFileSync(at("bad.ndjson"), "utf8")).toContain("X3");
  }, 30_000);
});

describe("the stderr summary fits the terminal (bug: ~118 columns wide)", () => {
  it("every line is at most 80 columns at width 80, in both languages", async () => {
    writeFileSync(at("w.ndjson"), `${JSON.stringify(WELFARE)}\n${JSON.stringify(BOTH_NINGXIA)}\n`);
    for (const lang of ["zh", "en"]) {
      const run = await butie(["batch", at("w.ndjson"), "--as-of", "2021-09-01", "--lang", lang], {
        columns: 80,
      });
      const lines = run.stderr.split("\n").filter(Boolean);
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
      const viaEnv = await butie(["batch", at("w.ndjson"), "--as-of", "2021-09-01", "--lang", lang], {
        env: { COLUMNS: "80" },
      });
      for (const line of viaEnv.stderr.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    }
  }, 30_000);

  it("so does the --compare report", async () => {
    writeFileSync(at("c.ndjson"), `${JSON.stringify(BOTH_NINGXIA)}\n`);
    const param = "ningxia.unemployment-subsidy.higherTierRate=0.9";
    const run = await butie(
      ["batch", at("c.ndjson"), "--as-of", "2020-09-01", "--compare", "--param", param],
      {
        columns: 80,
      },
    );
    const lines = run.stdout.split("\n").filter(Boolean);
    expect(lines.some((l) => l.includes("宁夏失业补助金"))).toBe(true);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  }, 30_000);
});
