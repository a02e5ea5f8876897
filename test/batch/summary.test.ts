import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/text/width.js";
import { butie } from "../cli/memoryIo.js";
import { INSURED_8_MONTHS, WELFARE_POST } from "./compare/people.js";
import { tempDir } from "./tempDir.js";

const { ndjson } = tempDir("summary");
// Birth date, sex and an earlier year's payment given, so the only blank read as its default is the pension.
const UNEMPLOYED = {
  person: { employmentStatus: "unemployed", birthDate: "1985-06-15", sex: "male" },
  unemployment: {
    ...INSURED_8_MONTHS,
    earlierExpansionPaid: false,
  },
};
const MIGRANT = {
  person: { migrantWorker: true, employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" },
  unemployment: {
    ...UNEMPLOYED.unemployment,
    benefitExhausted: false,
    livingSubsidyReceived: false,
    receivingOtherPayment: false,
  },
};
// The same person without the place of insurance: the Ningxia programs cannot place them.
const NO_PLACE = { ...UNEMPLOYED, unemployment: { ...UNEMPLOYED.unemployment, insuredRegion: undefined } };

async function summary(records: object[], extra: string[] = [], columns = 200, asOf = "2020-09-01") {
  const file = ndjson(`s${Math.random().toString(36).slice(2)}.ndjson`, records);
  return butie(["batch", file, "--as-of", asOf, ...extra], { columns });
}

describe("the batch summary speaks the caseworker's language", () => {
  it("names programs by title, states the evaluation date, and says an unknown total is 待定, not 0.00", async () => {
    const run = await summary([MIGRANT]);
    expect(run.stderr).toContain("评估日期 2020-09-01  共 1 条记录，0 条有错误");
    expect(run.stderr).not.toContain("ningxia.");
    const lines = run.stderr.split("\n");
    const block = lines.slice(lines.indexOf("宁夏失业农民工临时生活补助"));
    expect(block[1]).toBe("  符合条件 1  不符合条件 0  需补充信息 0  不适用 0");
    expect(block[2]).toBe("  月合计 待定  总额 待定  金额待定 1");
    // The subsidy is known: 1 eligible row, 1,195.20 a month for 6 months = 7,171.20.
    const subsidy = lines.slice(lines.indexOf("宁夏失业补助金"));
    expect(subsidy[2]).toBe("  月合计 1,195.20  总额 7,171.20");
  }, 30_000);

  it("counts the eligible rows resting on a blank read as its default, and says the assumption", async () => {
    const run = await summary([
      UNEMPLOYED,
      UNEMPLOYED,
      { ...UNEMPLOYED, person: { ...UNEMPLOYED.person, receivingBasicPension: false } },
    ]);
    expect(run.stderr).toContain(
      "其中 2 条符合条件的结论按假定：未填写是否已享受基本养老保险待遇，按未享受计",
    );
    const en = await summary([UNEMPLOYED], ["--lang", "en"]);
    expect(en.stderr).toContain("1 eligible rows rest on an assumption: not said whether a basic pension");
  }, 30_000);

  it("sets apart, once, the programs no record is placed in, instead of 需补充信息 on every row", async () => {
    const run = await summary([UNEMPLOYED, NO_PLACE]);
    // On 2020-09-01 the Hefei and Hubei programs were not yet in force: said so, apart (office3 F8).
    expect(run.stderr).toContain(
      "评估日期不在政策有效期内的项目（每条记录都不适用）：合肥市个人自愿缴存住房公积金（2021-12-01至今）、",
    );
    const lines = run.stderr.split("\n");
    expect(lines.filter((l) => l === "合肥市个人自愿缴存住房公积金")).toEqual([]);
    // A Ningxia program with a row placed in Ningxia keeps its block; the row without a place is counted apart.
    const subsidy = lines.slice(lines.indexOf("宁夏失业补助金"));
    expect(subsidy[1]).toBe("  符合条件 1  不符合条件 0  需补充信息 0  不适用 0  所在地未填 1");
  }, 30_000);

  it("fits 80 columns without splitting a number, in both languages", async () => {
    const many = Array.from({ length: 3000 }, () => MIGRANT);
    for (const lang of ["zh", "en"]) {
      const run = await summary(many, ["--lang", lang], 80);
      for (const line of run.stderr.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
      // 3,000 × 1,195.20 = 3,585,600.00 a month; × 6 months = 21,513,600.00.
      expect(run.stderr).toContain("3,585,600.00");
      expect(run.stderr).toContain("21,513,600.00");
    }
  }, 60_000);

  it("says a monthly deposit with no fixed term has no total, never 总额 待定 (law F7)", async () => {
    const hefei = {
      person: { birthDate: "1990-01-01", sex: "female", hukouRegion: "340104", fullCivilCapacity: true },
      pension: { region: "340104", asIndividual: true, continuousMonths: 14 },
      providentFund: { base: 3333, ratio: 0.05 },
    };
    for (const [lang, title, words] of [
      [
        "zh",
        "合肥市个人自愿缴存住房公积金",
        "  月缴存合计 334.00（本人缴入，不是领取的钱，不与发放额相加）  无固定期限，不计总额",
      ],
      [
        "en",
        "Hefei voluntary housing provident fund deposits",
        "  paid in per month 334.00 (by the people, not money received; not added to payments)  no fixed term, so no total",
      ],
    ] as const) {
      const run = await summary([hefei], ["--lang", lang], 200, "2022-03-01");
      const lines = run.stderr.split("\n");
      const block = lines.slice(lines.findIndex((l) => l.startsWith(title)));
      expect(block[2], lang).toBe(words);
    }
  }, 30_000);

  it("says an eligibility-only program has no amount, never 总额 0.00", async () => {
    // 连云区公益性岗位 decides eligibility only (the rule has no amount).
    const post = WELFARE_POST;
    for (const [lang, words] of [
      ["zh", "  仅判定资格，无金额"],
      ["en", "  eligibility only, no amount"],
    ] as const) {
      // The posts are open from 2021-08-25.
      const run = await summary([post, UNEMPLOYED], ["--lang", lang], 200, "2021-09-01");
      const lines = run.stderr.split("\n");
      const title =
        lang === "zh" ? "连云港市连云区就业困难人员公益性岗位" : "Lianyun District (Lianyungang) public";
      const block = lines.slice(lines.findIndex((l) => l.startsWith(title)));
      expect(block[2]).toBe(words);
    }
  }, 30_000);

  it("at 80 columns, never starts a wrapped line with a comma, semicolon or enumeration comma", async () => {
    // Three assumptions joined by "；" and the set-apart programs joined by "、" wrap at 80 columns.
    const run = await summary(
      [{ ...UNEMPLOYED, person: { employmentStatus: "unemployed", birthDate: "1985-05-20", sex: "male" } }],
      [],
      80,
    );
    const lines = run.stderr.split("\n");
    expect(lines.some((l) => l.startsWith("  其中 1 条符合条件的结论按假定："))).toBe(true);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(80);
      expect(line.trimStart(), line).not.toMatch(/^[，；、。：）]/);
    }
  }, 30_000);
});
