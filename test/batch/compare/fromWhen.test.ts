import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../../cli/memoryIo.js";
import { tempDir } from "../tempDir.js";

// Issue 17 §6: the reform report says what changes from when, and where each new value comes from.

const { at, ndjson } = tempDir("compare");
// Unemployed since 2021-08-01 with 8 months of contributions: the 80% tier of the Ningxia subsidy, 6 months.
const PERSON = {
  person: {
    employmentStatus: "unemployed",
    birthDate: "1985-06-15",
    sex: "male",
    receivingBasicPension: false,
  },
  unemployment: {
    insuredRegion: "640104",
    firstInsuredDate: "2020-12-01",
    unemployedSince: "2021-08-01",
    contributionMonths: 8,
    involuntary: true,
    registered: true,
    earlierExpansionPaid: false,
  },
};
const compare = (...more: string[]) =>
  butie(["batch", ndjson("people.ndjson", [PERSON]), "--as-of", "2021-09-01", "--compare", ...more]);

describe("the parameter changes of a reform", () => {
  it("show a change dated inside the payment period from when, never as 80% → 80%", async () => {
    const param = "ningxia.unemployment-subsidy.higherTierRate@2021-11-01=0.9";
    const run = await compare("--param", param);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `宁夏失业补助金·第一档比例：自2021年11月1日起 80% → 90%（--param ${param}）`,
    );
    expect(run.stdout).not.toContain("80% → 80%");
    // Xingqing (640104) is a class-1 area: 1,755 × 80% = 1,404.00 a month from September; from November 90%, so
    // November to February are 4 × 1,755 × 10% = 702.00 more: 8,424.00 → 9,126.00.
    expect(run.stdout).toMatch(/8,424\.00\s+│\s+9,126\.00\s+│\s+\+702\.00/);
  });

  it("an undated --param that keeps the value says so (the null reform)", async () => {
    const run = await compare("--param", "ningxia.unemployment-subsidy.higherTierRate=0.8");
    expect(run.stdout).toContain("宁夏失业补助金·第一档比例：80% → 80%（--param ");
  });

  it("mark a draft's values as the draft's, with the source the draft cites", async () => {
    const draft = at("draft");
    mkdirSync(draft);
    const rule = readFileSync(`${REPO}/rules/ningxia/unemployment-subsidy.yaml`, "utf8");
    const rate = /(higherTierRate:[\s\S]*?2020-03-01: \{ value: 0\.8\b[^\n]*\n)/;
    expect(rule).toMatch(rate);
    const withSource = rule
      .replace(
        /^sources:\n/m,
        "sources:\n  - id: draft-2021\n    title: 草案：提高第一档比例\n    quote: 第一档比例提高到90%。\n",
      )
      .replace(rate, "$1      2021-10-01: { value: 0.9, ref: draft-2021 }\n");
    writeFileSync(`${draft}/unemployment-subsidy.yaml`, withSource);
    const run = await compare("--rules", draft);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "宁夏失业补助金·第一档比例：自2021年10月1日起 80% → 90%（草案值，依据：草案：提高第一档比例）",
    );
  });

  it("names once, apart, the programs that place no record, instead of a table of zeros each", async () => {
    const run = await compare("--param", "ningxia.unemployment-subsidy.higherTierRate=0.9");
    expect(run.stdout).toMatch(
      /不涉及本名册的项目（没有一条记录在其地区或情形内）：.*合肥市个人自愿缴存住房公积金/,
    );
    expect(run.stdout.split("\n")).not.toContain("合肥市个人自愿缴存住房公积金");
    expect(run.stdout.split("\n")).toContain("宁夏失业补助金");
  });
});
