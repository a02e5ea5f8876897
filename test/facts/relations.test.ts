import { writeFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { Questionnaire } from "../../src/ask/questionnaire.js";
import { rowProfile } from "../../src/batch/rowProfile.js";
import { diagnosticJson } from "../../src/diagnostics.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { asOf, programs } from "../ask/helpers.js";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

// Facts each fine alone that cannot all be true (inputs2 F3, wave 8 "typo80"): an error naming both fields in
// every channel, never a silent eligible.
const catalogue = loadFieldCatalogue("rules/fields.yaml");
const AS_OF = "2021-10-01";

const COLUMNS = [
  "person.birthDate",
  "unemployment.firstInsuredDate",
  "unemployment.unemployedSince",
  "unemployment.contributionMonths",
  "pension.continuousMonths",
];
const columns = COLUMNS.map((field, i) => ({
  header: catalogue.fields.get(field)?.label.zh ?? field,
  index: i + 1,
  field,
}));

const CASES: [string, (string | number)[], string, string][] = [
  [
    "80 months in 9 (typo for 8)",
    ["1988-05-20", "2020-12-01", "2021-09-01", 80, ""],
    "unemployment.contributionMonths",
    "最多 10 个月",
  ],
  [
    "500 months for a man of 33",
    ["1988-05-20", "2010-12-01", "2021-09-01", 500, ""],
    "unemployment.contributionMonths",
    "最多 130 个月",
  ],
  [
    "months since the 16th birthday when the first insured date is not given",
    ["2000-01-15", "", "", 100, ""],
    "unemployment.contributionMonths",
    "年满16周岁",
  ],
  [
    "insured at 7",
    ["2003-05-20", "2010-12-01", "2021-09-01", 12, ""],
    "unemployment.firstInsuredDate",
    "早于年满16周岁",
  ],
  [
    "insured before birth",
    ["1988-05-20", "1980-12-01", "2021-09-01", 12, ""],
    "unemployment.firstInsuredDate",
    "早于出生日期",
  ],
  [
    "unemployed before ever insured",
    ["1988-05-20", "2010-12-01", "2009-09-01", 12, ""],
    "unemployment.unemployedSince",
    "早于首次参保日期",
  ],
  [
    "pension months beyond working life",
    ["1990-01-01", "", "", "", 300],
    "pension.continuousMonths",
    "年满16周岁",
  ],
];

const yamlOf = (cells: (string | number)[]) => {
  const by = new Map(COLUMNS.map((f, i) => [f, cells[i]]));
  const sections = new Map<string, string[]>();
  for (const [path, v] of by) {
    if (v === "") continue;
    const [s = "", f = ""] = path.split(".");
    sections.set(s, [...(sections.get(s) ?? []), `  ${f}: ${typeof v === "number" ? v : `"${v}"`}`]);
  }
  return [...sections].map(([s, lines]) => `${s}:\n${lines.join("\n")}\n`).join("");
};

describe("facts that contradict each other are refused, naming the fields", () => {
  it.each(CASES)("%s (eval)", (_, cells, path, words) => {
    const read = readProfile(new YamlSource("p.yaml", yamlOf(cells)), catalogue, { asOf: AS_OF });
    expect(read.profile).toBeUndefined();
    const d = read.diagnostics.find((x) => x.code === "profile/contradiction");
    expect(d ? diagnosticJson(d, "en").message : "").toContain(path);
    expect(d ? diagnosticJson(d, "zh").message : "").toContain(words);
  });
  it.each(CASES)("%s (batch row)", (_, cells, path, words) => {
    const read = rowProfile(cells.map(String), columns, catalogue, "r.csv", 2, { asOf: AS_OF });
    expect(read.profile).toBeUndefined();
    const d = read.diagnostics[0];
    expect(d?.code).toBe("profile/contradiction");
    expect(d?.col).toBe(COLUMNS.indexOf(path) + 1);
    expect(d ? diagnosticJson(d, "zh").message : "").toContain(words);
  });
  it("reads facts that fit together, up to every month the period touches", () => {
    const cells = ["1988-05-20", "2020-12-01", "2021-09-01", 10, 12];
    expect(
      readProfile(new YamlSource("p.yaml", yamlOf(cells)), catalogue, { asOf: AS_OF }).diagnostics,
    ).toEqual([]);
    expect(
      rowProfile(cells.map(String), columns, catalogue, "r.csv", 2, { asOf: AS_OF }).profile,
    ).toBeDefined();
  });
});

const { at } = tempDir("facts-rel");
const HEAD =
  "经办档案编号,出生日期,性别,失业保险参保地,首次参保日期,本次失业（停保）日期,累计缴费月数,非因本人意愿中断就业,已办理失业登记并有求职要求,就业状态,是否按月领取基本养老金,领取失业保险金期满仍未就业";
const ROW = (ref: string, insured: string, since: string, months: number) =>
  `${ref},1988-05-20,男,640121,${insured},${since},${months},是,是,失业,否,否`;

describe("batch: no contradiction and no fact after the as-of date becomes an eligible record (inputs2 F2, F3)", () => {
  it("each such row is an error naming its column; a fact read in another unit is said back in the notes column", async () => {
    writeFileSync(
      at("imp.csv"),
      `${[HEAD, ROW("I1", "2020-12-01", "2021-09-01", 80), ROW("I4", "2021-12-01", "2021-09-01", 12), ROW("I6", "2010-12-01", "2021-12-01", 12), "I8,1988-05-20,男,银川市兴庆区,2010-12-01,2021-09-01,8年,是,是,失业,否,否"].join("\n")}\n`,
    );
    const run = await butie([
      "batch",
      at("imp.csv"),
      "--as-of",
      AS_OF,
      "--program",
      "ningxia.unemployment-benefit",
    ]);
    const [head = [], ...rows] = parseCsv(run.stdout) as string[][];
    const cell = (row: string[] | undefined, name: string) => row?.[head.indexOf(name)];
    const byRef = new Map(rows.map((r) => [cell(r, "经办档案编号"), r]));
    expect(cell(byRef.get("I1"), "错误")).toContain("第 7 列（累计缴费月数）");
    expect(cell(byRef.get("I4"), "错误")).toContain("晚于评估日期");
    expect(cell(byRef.get("I6"), "错误")).toContain("晚于评估日期");
    const i8 = byRef.get("I8");
    expect(cell(i8, "错误")).toBe("");
    expect(cell(i8, "说明")).toContain("按96个月计");
    expect(cell(i8, "说明")).toContain("银川市兴庆区");
    expect(cell(i8, "宁夏失业保险金·结论")).toBe("符合条件");
  }, 30_000);
  it("NDJSON records carry the same notes", async () => {
    const line = { unemployment: { insuredRegion: "银川", contributionMonths: "8年" } };
    writeFileSync(at("n.ndjson"), `${JSON.stringify(line)}\n`);
    const run = await butie([
      "batch",
      at("n.ndjson"),
      "--as-of",
      AS_OF,
      "--format",
      "ndjson",
      "--lang",
      "en",
    ]);
    const record = JSON.parse(run.stdout.split("\n")[0] ?? "{}");
    expect(record.notes.map((n: { code: string }) => n.code)).toEqual(["profile/read-as", "profile/read-as"]);
    expect(record.notes[1].message).toContain("read as 96 months");
  }, 30_000);
});

describe("ask: an answer that contradicts one already given is asked again, with the same words", () => {
  it("insured at 7", () => {
    const q = new Questionnaire({
      programs,
      catalogue,
      asOf: asOf(AS_OF),
      sections: ["person", "unemployment"],
    });
    q.answer("person.birthDate", "2003-05-20");
    const problem = q.answerProblem("unemployment.firstInsuredDate", "2010-12-01");
    expect(problem?.code).toBe("facts/insured-before-16");
    expect(q.answerProblem("unemployment.firstInsuredDate", "2020-12-01")).toBeUndefined();
  });
});
