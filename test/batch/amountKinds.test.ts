import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("amount-kinds");

const POST = [
  "经办档案编号,岗位所在地,脱贫人口,无法外出务工,无业可扶,有能力胜任岗位工作,当地城镇公益性岗位补贴标准",
  "W1,420607,是,是,是,是,1500",
  "W2,420607,是,否,是,是,1500",
].join("\n");
const POST_ARGS = ["--as-of", "2021-10-01", "--program", "hubei.rural-welfare-post"];
const HEFEI = [
  "经办档案编号,出生日期,性别,户籍所在地,具备完全民事行为能力,养老保险参保地,以个人名义参保,正常连续缴纳月数,月缴存基数,缴存比例",
  "P1,1990-01-01,男,340104,是,340104,是,12,5000,7%",
  "P2,1990-01-01,男,340104,是,340104,是,12,5000,5%",
].join("\n");
const HEFEI_ARGS = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund"];

describe("office3 F4: batch keeps what an amount is — a ceiling (最高) or a deposit (缴存) — and never sums it as a payment", () => {
  it("a ceiling: its columns say 上限 and 最高额, NDJSON says bound, the summary adds nothing up", async () => {
    writeFileSync(at("post.csv"), POST);
    const csv = await butie(["batch", at("post.csv"), ...POST_ARGS]);
    const [header, w1] = csv.stdout.split("\n");
    expect(header).toContain("湖北省乡村公益性岗位优先安置·金额上限（元）");
    expect(w1).toContain(",1500,每月（最高额，不是实发额）,");
    expect(csv.stderr).toContain("金额是上限（每人最高额），实际金额按规定另定，故不相加");
    expect(csv.stderr).not.toContain("月合计");
    const nd = await butie(["batch", at("post.csv"), ...POST_ARGS, "--format", "ndjson"]);
    const row = JSON.parse(nd.stdout.split("\n")[0] as string);
    expect(row.results["hubei.rural-welfare-post"]).toMatchObject({
      amount: 1500,
      per: "month",
      bound: "at-most",
    });
  });

  it("a deposit: 缴存额 and 缴存方式, NDJSON kind paid-by-person, the summary's sum is 月缴存合计, apart", async () => {
    writeFileSync(at("hefei.csv"), HEFEI);
    const csv = await butie(["batch", at("hefei.csv"), ...HEFEI_ARGS, "--lang", "zh"]);
    const [header, p1] = csv.stdout.split("\n");
    expect(header).toContain("·缴存额（元）");
    expect(header).toContain("·缴存方式");
    expect(header).not.toContain("发放方式");
    expect(p1).toContain(",700,每月缴存（本人缴入，不是领取）,");
    expect(csv.stderr).toContain("月缴存合计 1,200.00（本人缴入，不是领取的钱，不与发放额相加）");
    expect(csv.stderr).not.toMatch(/(^|\s)月合计/);
    const nd = await butie(["batch", at("hefei.csv"), ...HEFEI_ARGS, "--format", "ndjson"]);
    const row = JSON.parse(nd.stdout.split("\n")[0] as string);
    expect(row.results["hefei.provident-fund"]).toMatchObject({ amount: 700, kind: "paid-by-person" });
  });

  it("a payment is written as before: no bound, no kind, 发放方式 and 月合计", async () => {
    writeFileSync(
      at("nx.csv"),
      [
        "经办档案编号,出生日期,性别,就业状态,失业保险参保地,首次参保日期,本次失业（停保）日期,累计缴费月数,非因本人意愿中断就业,已办理失业登记并有求职要求,领取失业保险金期满仍未就业,是否按月领取基本养老金",
        "N1,1985-05-20,男,失业,640121,2010-12-01,2021-08-01,96,是,是,否,否",
      ].join("\n"),
    );
    const args = ["--as-of", "2021-09-01", "--program", "ningxia.unemployment-benefit"];
    const csv = await butie(["batch", at("nx.csv"), ...args]);
    expect(csv.stdout.split("\n")[0]).toContain("·发放方式");
    expect(csv.stderr).toContain("月合计");
    const nd = await butie(["batch", at("nx.csv"), ...args, "--format", "ndjson"]);
    const result = JSON.parse(nd.stdout.split("\n")[0] as string).results["ningxia.unemployment-benefit"];
    expect(result.bound).toBeUndefined();
    expect(result.kind).toBeUndefined();
  });
});
