import { describe, expect, it } from "vitest";
import { butie } from "../../cli/memoryIo.js";
import { tempDir } from "../tempDir.js";
import { INSURED_8_MONTHS, WELFARE_POST } from "./people.js";

// Issue 17 §6: beneficiaries whose amount is unknown are counted, and new double eligibility is warned.

const { ndjson } = tempDir("beneficiaries");
// A migrant worker with 8 months of contributions in Yinchuan (Xingqing), on 2020-09-01: eligible for the
// unemployment subsidy and for the migrant living subsidy (paid at the city's 低保 standard, not published in the
// rules: its amount is unknown), which cannot be paid together; not for the benefit (12 months needed).
const MIGRANT = {
  person: { migrantWorker: true, employmentStatus: "unemployed", birthDate: "1985-06-15", sex: "male" },
  unemployment: {
    ...INSURED_8_MONTHS,
    benefitExhausted: false,
    livingSubsidyReceived: false,
    receivingOtherPayment: false,
    earlierExpansionPaid: false,
  },
};
const compare = (...more: string[]) =>
  butie([
    "batch",
    ndjson("migrants.ndjson", [MIGRANT, MIGRANT]),
    "--as-of",
    "2020-09-01",
    "--compare",
    ...more,
  ]);

describe("the money of a reform", () => {
  it("counts the beneficiaries whose amount is not known, apart from the sums", async () => {
    const run = await compare("--param", "ningxia.unemployment-benefit.minimumContributionMonths=6");
    expect(run.code).toBe(0);
    const block = run.stdout.split("\n宁夏失业农民工临时生活补助\n")[1]?.split("\n\n")[0] ?? "";
    expect(block).toMatch(/总额待定人数（未计入发放总额）\s+│\s+2\s+│\s+2\s+│\s+0/);
  });

  it("warns of people the reform makes eligible for two programs that cannot be paid together", async () => {
    // With 6 months enough for the benefit, both rows become eligible for it too, which the living subsidy
    // excludes; they were already eligible for the subsidy, so only the benefit is new.
    const run = await compare("--param", "ningxia.unemployment-benefit.minimumContributionMonths=6");
    const block = run.stdout.split("\n宁夏失业农民工临时生活补助\n")[1]?.split("\n\n")[0] ?? "";
    expect(block).toContain("⚠ 改革后新出现 2 人同时符合本项目与“宁夏失业保险金”，两者不得同时享受");
    expect(block).not.toContain("“宁夏失业补助金”");
    const none = await compare();
    expect(none.stdout).not.toContain("改革后新出现");
  });

  it("gives an eligibility-only program no money rows (never 0.00 → 0.00)", async () => {
    // 连云区公益性岗位 (no amount in its rule), open from 2021-08-25.
    const post = WELFARE_POST;
    const run = await butie([
      "batch",
      ndjson("post.ndjson", [post]),
      "--as-of",
      "2021-09-01",
      "--compare",
      "--program",
      "lianyungang.welfare-post",
    ]);
    expect(run.stdout).toMatch(/受益人数\s+│\s+1\s+│\s+1\s+│\s+0/);
    expect(run.stdout).not.toContain("月发放合计");
    expect(run.stdout).not.toContain("发放总额");
  });
});
