import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("short-id");
// A first-generation (15-digit) ID number and the first 17 characters of an 18-digit one, in the places a
// shifted or mistyped roster puts them: the sex column, the case reference.
const OLD = "640121880520003";
const PREFIX = "64012119880520003";
const CSV = [
  "经办档案编号,性别,失业保险参保地,累计缴费月数,本次失业（停保）日期",
  `M-2,${OLD},640121,20,2021/8/1`,
  `${OLD},,640121,20,2021/8/1`,
  `M-8,${PREFIX},640121,20,2021/8/1`,
].join("\n");
const ARGS = ["--as-of", "2021-09-01", "--program", "ningxia.unemployment-benefit"];
const LEAK = /\d{15}/;

/** Every cell of the first sheet of an .xlsx, as text. */
async function sheetText(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const cells: string[] = [];
  book.worksheets[0]?.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells.join("\n");
}

describe("inputs #5: 15- and 17-digit ID numbers never reach a batch output", () => {
  it.each([["csv"], ["ndjson"]])("--format %s: errors and references masked or refused", async (format) => {
    writeFileSync(at("leak.csv"), CSV);
    const run = await butie(["batch", at("leak.csv"), ...ARGS, "--format", format]);
    expect(run.stdout + run.stderr).not.toMatch(LEAK);
    expect(run.stdout).toContain("64***********03");
    expect(run.stdout).toContain("64*************03");
    expect(run.stdout).toContain("不得包含身份证号码");
  });

  it("--out .xlsx holds none", async () => {
    writeFileSync(at("leak.csv"), CSV);
    const run = await butie(["batch", at("leak.csv"), ...ARGS, "--out", at("leak.xlsx")]);
    expect(run.code).toBe(1); // rows in error
    const cells = await sheetText(at("leak.xlsx"));
    expect(cells).toContain("64***********03");
    expect(cells).not.toMatch(LEAK);
  });
});

describe("inputs #6: eval --format json never prints an ID number from a numeric field", () => {
  it("a number field holding an ID number is written masked, as text, or refused masked", async () => {
    writeFileSync(
      at("leak3.yaml"),
      `person: {employmentStatus: unemployed, birthDate: 1988-05-20, sex: male, receivingBasicPension: false}
unemployment: {insuredRegion: "640121", firstInsuredDate: 2010-12-01, contributionMonths: "640121198805200038", unemployedSince: 2021-08-01, involuntary: true, registered: true, benefitExhausted: false}
`,
    );
    // A count of months that large is refused (no working life holds it); the refusal masks it too.
    const run = await butie(["eval", at("leak3.yaml"), "--as-of", "2021-09-01", "--format", "json"]);
    expect(run.stdout + run.stderr).not.toMatch(LEAK);
    expect(run.stdout).toContain("6401**********0038");
    // A field with no upper bound (a base in yuan) is evaluated, and its value written masked, as text.
    writeFileSync(
      at("base.yaml"),
      `person: {birthDate: 1990-01-01, sex: female, hukouRegion: "340104", fullCivilCapacity: true}
pension: {region: "340104", asIndividual: true, continuousMonths: 14}
providentFund: {base: "640121198805200038", ratio: 0.05}
`,
    );
    const base = await butie(["eval", at("base.yaml"), "--as-of", "2022-03-01", "--format", "json"]);
    // (Its deposit, a sum computed from it, is no ID number: only the ID's own digits must not appear.)
    expect(base.stdout + base.stderr).not.toContain("640121198805200");
    expect(base.stdout).toContain('"providentFund.base": "6401**********0000"');
  });

  it("a case reference holding a first-generation number is refused", async () => {
    writeFileSync(
      at("ref15.yaml"),
      `person: {birthDate: 1990-01-01, sex: female}\ncase: {reference: "${OLD}"}\n`,
    );
    const run = await butie(["eval", at("ref15.yaml"), "--format", "html"]);
    expect(run.stdout + run.stderr).not.toMatch(LEAK);
    expect(run.stderr).toContain("不得包含身份证号码");
  });
});

describe("inputs #5 (wording): a first-generation ID number as the ID number is told what to give", () => {
  it("names the 15-digit number as first-generation, and a 17-character one as missing its last character", async () => {
    writeFileSync(at("old.yaml"), `person: {idNumber: "${OLD}"}\n`);
    writeFileSync(at("prefix.yaml"), `person: {idNumber: "${PREFIX}"}\n`);
    const old = await butie(["eval", at("old.yaml")]);
    const prefix = await butie(["eval", at("prefix.yaml"), "--lang", "en"]);
    expect(old.stderr).toContain("这是15位的第一代身份证号码；请填写18位的第二代身份证号码");
    expect(prefix.stderr).toContain("its last one (the check character, possibly X) is missing");
    expect(old.stderr + prefix.stderr).not.toMatch(LEAK);
  });
});
