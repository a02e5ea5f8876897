import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mappingSuggestion } from "../../src/batch/columnGuide.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { butie, REPO } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("header-guess");
const catalogue = () => loadFieldCatalogue(join(REPO, "rules/fields.yaml"));
const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

// Headers offices write in rosters (花名册) for things that are not, or not exactly, a profile field. None may be
// bound by a guess: each is left `~`, with at most the fields it might mean as a choice.
const OTHER_HEADERS = [
  ...[
    "序号",
    "姓名",
    "民族",
    "年龄",
    "年龄（周岁）",
    "经办人",
    "审核人",
    "制表人",
    "就业时间",
    "参保状态",
    "培训工种",
  ],
  ...[
    "培训时间",
    "培训机构",
    "配偶出生日期",
    "本人出生日期",
    "户主出生日期",
    "联系电话",
    "家庭住址",
    "户籍地址",
  ],
  ...["备注", "文化程度", "手机号码", "银行账号", "开户行", "工作单位", "学历", "毕业时间", "社保卡号"],
  ...[
    "失业日期",
    "离职日期",
    "入职日期",
    "申请日期",
    "登记日期",
    "办理日期",
    "审核日期",
    "发证日期",
    "出生年月",
  ],
  ...[
    "参保日期",
    "首次参保时间",
    "停保日期",
    "失业时间",
    "领取月数",
    "领取起始日期",
    "已领取月数",
    "剩余月数",
  ],
  ...[
    "缴费基数",
    "单位名称",
    "经营地址",
    "注册地",
    "企业所在地址",
    "培训地址",
    "补贴金额",
    "发放金额",
    "审核意见",
  ],
  ...["是否脱贫人口", "退休日期", "退休年龄", "参保地址", "就业困难人员", "出生日起", "失业原因"],
];

// Headers that are a field's own name with a remark beside it, or in another unit: bound, and read in their unit.
const SURE: [string, string][] = [
  ["性别（男/女）", "person.sex"],
  ["失业保险参保地（县区）", "unemployment.insuredRegion"],
  ["出生日期(yyyy-mm-dd)", "person.birthDate"],
  ["月缴存基数（万元）", "providentFund.base"],
  ["月缴存基数（元）", "providentFund.base"],
  ["累计缴费年限", "unemployment.contributionMonths"],
  ["本次失业（停保）日期（年月日）", "unemployment.unemployedSince"],
];

describe("inputs2 F12: a pre-filled guess never binds a column to a field that means another thing", () => {
  it.each(OTHER_HEADERS)("%s is left ~", (header) => {
    const line = mappingSuggestion([header], catalogue(), "zh");
    expect(line).toMatch(/^"[^"]+": ~ {2}# /);
  });

  it.each(SURE)("%s is bound to %s", (header, field) => {
    expect(mappingSuggestion([header], catalogue(), "zh")).toMatch(new RegExp(`^"[^"]+": ${field} {2}# `));
  });

  it("the suggested map of dates and an age makes no one a baby or a retiree (sy.csv, age.csv)", async () => {
    writeFileSync(
      at("hdr4.csv"),
      "离职日期,入职日期,登记日期,申请日期,参保日期,失业时间,办理日期,失业日期,年龄\n",
    );
    const run = await butie(["batch", at("hdr4.csv"), "--list-columns"]);
    expect(run.stdout).not.toMatch(/": person\./);
  });
});

describe("inputs2 F7: a header naming another unit than its field's is converted exactly, or not read", () => {
  const WAN = [
    "经办档案编号,出生日期,性别,户籍所在地,具备完全民事行为能力,养老保险参保地,以个人名义参保,正常连续缴纳月数,月缴存基数（万元）,缴存比例",
    "W3,1990-01-01,男,340104,是,340104,是,14,1.2,5%",
    "W4,1990-01-01,男,340104,是,340104,是,14,3,8%",
    "W5,1990-01-01,男,340104,是,340104,是,14,0.35,5%",
  ].join("\n");
  const HEFEI = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund", "--format", "ndjson"];

  it("the suggestion binds 万元 to the yuan base and says so; the run reads 1.2 as 12000元 and says so", async () => {
    writeFileSync(at("wan.csv"), WAN);
    const listed = await butie(["batch", at("wan.csv"), "--list-columns"]);
    expect(listed.stdout).toContain(
      '"月缴存基数（万元）": providentFund.base  # 住房公积金·月缴存基数（本列按万元填写',
    );
    writeFileSync(at("wan-map.yaml"), '"月缴存基数（万元）": providentFund.base\n');
    const run = await butie(["batch", at("wan.csv"), "--columns", at("wan-map.yaml"), ...HEFEI]);
    const [w3, w4, w5] = records(run.stdout).map((r) => r.results?.["hefei.provident-fund"]);
    // 12000 × 5% = 600, ×2 = 1200; 30000 × 8% = 2400, ×2 = 4800; 3500 × 5% = 175, ×2 = 350.
    expect([w3.status, w3.amount]).toEqual(["eligible", 1200]);
    expect(w4.amount).toBe(4800);
    expect(w5.amount).toBe(350);
    expect(run.stderr).toContain("列“月缴存基数（万元）”按万元填写：每格的数×10000读作元");
  });

  it("a unit with no exact conversion into the field's is refused at the column, never read as the field's", async () => {
    writeFileSync(at("agemonths.csv"), "经办档案编号,累计缴费月数（元）\nA1,600\n");
    const listed = await butie(["batch", at("agemonths.csv"), "--list-columns"]);
    expect(listed.stdout).toContain('"累计缴费月数（元）": ~  # 列名注明按“元”填写');
    writeFileSync(at("agemonths.yaml"), '"累计缴费月数（元）": unemployment.contributionMonths\n');
    const run = await butie(["batch", at("agemonths.csv"), "--columns", at("agemonths.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("列“累计缴费月数（元）”注明按“元”填写");
  });

  it("a years cell that makes no whole number of months speaks of the cell as written (inputs2 F13)", async () => {
    writeFileSync(at("yrs.csv"), "经办档案编号,累计缴费年限\nY1,0.9\nY2,8.5\n");
    writeFileSync(at("yrs.yaml"), '"累计缴费年限": unemployment.contributionMonths\n');
    const run = await butie(["batch", at("yrs.csv"), "--columns", at("yrs.yaml"), "--format", "ndjson"]);
    const [y1, y2] = records(run.stdout);
    expect(y1.errors[0].message).toContain("0.9年 折合 10.8个月，不是整数");
    expect(y2.errors).toBeUndefined();
  });
});
