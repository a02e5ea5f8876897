import { describe, expect, it } from "vitest";
import { ANSI, type RunOptions, butie as run } from "./memoryIo.js";

/** A wide terminal, so that the sentences checked here are not wrapped (wrapping has its own tests). */
const butie = (argv: string[], options: RunOptions = {}) =>
  run(argv, { ...options, env: { COLUMNS: "300", ...options.env } });

// Issue 7 §2–§4: what was checked, in words, with the person's values and how far off they are.

const NINGXIA = "examples/ningxia-unemployment.yaml";
const HUBEI = "examples/hubei-startup.yaml";
const HEFEI = "examples/hefei-provident-fund.yaml";

describe("plain explanations", () => {
  // Regression: a schedule crossing the 2021-09-01 raise printed "1123.2元/月 × 6个月 = 合计7747.2元".
  it("a schedule that changes mid-way says from when, and sums the months (1123.2 + 1324.8 × 5)", async () => {
    const argv = ["eval", NINGXIA, "--as-of", "2021-08-15", "--program", "ningxia.unemployment-subsidy"];
    const { stdout } = await butie(argv);
    expect(stdout).toContain("每月1123.2元（2021年9月起每月1324.8元），最长6个月，合计7747.2元");
    expect(stdout).toContain("逐月合计：1123.2元/月 × 1个月 + 1324.8元/月 × 5个月 = 7747.2元");
    expect(stdout).not.toContain("× 6个月 = 合计7747.2元");
    const en = await butie([...argv, "--lang", "en"]);
    expect(en.stdout).toContain("from September 2021");
  });

  it("a failed count says how far off it is (缴费8个月，还差4个月)", async () => {
    const { stdout } = await butie(["eval", NINGXIA, "--as-of", "2021-09-01"]);
    expect(stdout).toContain("不符合条件：未满足“单位和本人已履行缴费义务满12个月”");
    expect(stdout).toContain("累计缴费月数 8个月，还差4个月");
    const en = await butie(["eval", NINGXIA, "--as-of", "2021-09-01", "--lang", "en"]);
    expect(en.stdout).toContain("Months of contributions 8 months, 4 months short");
  });

  it("the amount's arithmetic names the standard and the rate (二类地区 1656元 × 80%)", async () => {
    const { stdout } = await butie([
      "eval",
      NINGXIA,
      "--as-of",
      "2021-09-01",
      "--program",
      "ningxia.unemployment-subsidy",
    ]);
    expect(stdout).toContain("最低工资地区类别（按参保县区）（永宁县）：2");
    expect(stdout).toContain("失业保险金月标准（按地区类别）（2）：1656元/月");
    expect(stdout).toContain("1656元/月 × 第一档比例 80%（依据[3]，自2020年3月1日起） = 1324.8元/月");
    expect(stdout).toContain("1324.8元/月 × 6个月 = 合计7948.8元");
  });

  it("a date not yet reached says from when it holds (2022年9月1日起)", async () => {
    const { stdout } = await butie(["eval", HUBEI, "--as-of", "2022-03-01"]);
    expect(stdout).toContain("2022年9月1日起才满足；领取营业执照日期 2021年9月1日");
    const later = await butie(["eval", HUBEI, "--as-of", "2022-09-01"]);
    expect(later.stdout).toContain("符合条件，预计一次性5000元");
  });

  it("an age condition shows the day it was met and the rounding in words", async () => {
    const { stdout } = await butie(["eval", HEFEI]);
    expect(stdout).toContain("年满18周岁（生日当天即满）：2008年1月1日已满；出生日期 1990年1月1日");
    expect(stdout).toContain("166.65元/月 按四舍五入到元 = 167元/月");
  });

  it("an unknown comparison says what would be needed", async () => {
    const profile = "person: { hukouRegion: '340104' }\npension: { region: '340104', asIndividual: true }\n";
    const { stdout } = await butie(["eval", "-", "--program", "hefei.provident-fund"], { stdin: profile });
    expect(stdout).toContain("正常连续缴纳月数（未填写），需不低于12个月");
    expect(stdout).toContain("· 您已正常连续缴纳养老保险多少个月？");
  });

  it("an amount left open by an unknown field shows the amounts it can be (2000元或5000元)", async () => {
    const profile =
      "person: { povertyAlleviated: true }\nbusiness: { region: '420102', kind: micro-enterprise, licenseDate: 2021-01-01, operatingNormally: true,\n  startupSubsidyReceived: false }\n";
    const { stdout } = await butie(["eval", "-", "--program", "hubei.startup-subsidy"], { stdin: profile });
    expect(stdout).toContain("符合条件，金额还取决于未填写的信息：可能为2000元或5000元");
    expect(stdout).toContain("· 是否属于返乡创业？");
  });

  it("each hire counted says whether it qualifies and why not; the amount is open between the counts", async () => {
    const profile = `employer:
  region: "420100"
  hires:
    - { povertyAlleviated: true, contractMonths: 12, employedMonths: 12 }
    - { povertyAlleviated: true, contractMonths: 6, employedMonths: 12 }
    - { povertyAlleviated: true, employedMonths: 12 }
`;
    const { stdout } = await butie(["eval", "-", "--program", "hubei.hiring-reward"], { stdin: profile });
    expect(stdout).toContain("符合条件，金额还取决于未填写的信息：至少2000元，至多4000元");
    expect(stdout).toContain("符合奖补条件的吸纳人员：3人中1人符合");
    expect(stdout).toContain(
      "✗ 第2名：未满足“签订12个月以上劳动合同”；脱贫人口 是，劳动合同期限（月） 6个月",
    );
    expect(stdout).toContain("· 吸纳人员第3名：劳动合同期限（月）");
  });

  it("enum values read by their labels", async () => {
    const { stdout } = await butie(["eval", HUBEI, "--as-of", "2022-09-01", "--lang", "en"]);
    expect(stdout).toContain("individual business");
    expect(stdout).not.toContain("individual-business");
  });
});

describe("only what concerns the person", () => {
  it("a program whose place is not given is one line, hidden in full without --all", async () => {
    const { stdout } = await butie(["eval", HUBEI, "--as-of", "2022-09-01"]);
    expect(stdout).toContain("若户籍所在地在合肥市（含四县一市）：合肥市个人自愿缴存住房公积金 — 还需");
    expect(stdout).not.toContain("您的出生日期是？");
    const all = await butie(["eval", HUBEI, "--as-of", "2022-09-01", "--all"]);
    expect(all.stdout).toContain("您的出生日期是？");
  });
});

describe("a {parameter} in a sentence follows the value used", () => {
  it("--param changes the number in the condition's text", async () => {
    const args = ["eval", HEFEI, "--as-of", "2022-03-01"];
    const bundled = await butie(args);
    expect(bundled.stdout).toContain("缴存比例在5%至12%之间（含两端）");
    const changed = await butie([...args, "--param", "hefei.provident-fund.maximumRatio=0.04"]);
    expect(changed.stdout).toContain("不符合条件：未满足“缴存比例在5%至4%之间（含两端）”");
    expect(changed.stdout).toContain("5%，超出1%");
    const json = await butie([
      ...args,
      "--param",
      "hefei.provident-fund.maximumRatio=0.04",
      "--format",
      "json",
    ]);
    expect(json.stdout).toContain("缴存比例在5%至4%之间（含两端）");
    expect(json.stdout).not.toContain("{maximumRatio}");
  });
});

describe("FORCE_COLOR", () => {
  it("turns colour on without a terminal, and wins over NO_COLOR", async () => {
    expect((await butie(["eval", HEFEI], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ANSI);
    expect((await butie(["eval", HEFEI], { env: { FORCE_COLOR: "", NO_COLOR: "1" } })).stdout).toMatch(ANSI);
  });

  it("FORCE_COLOR=0 turns it off on a terminal; JSON stays plain", async () => {
    expect((await butie(["eval", HEFEI], { isTTY: true, env: { FORCE_COLOR: "0" } })).stdout).not.toMatch(
      ANSI,
    );
    const json = await butie(["eval", HEFEI, "--format", "json"], { env: { FORCE_COLOR: "1" } });
    expect(json.stdout).not.toMatch(ANSI);
  });
});
