import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("not-in-force");
const ROSTER = [
  "经办档案编号,就业状态,失业保险参保地,本次失业（停保）日期,累计缴费月数",
  "S1,失业,640104,2021-03-01,8",
  "S2,失业,640121,2021-03-01,5",
].join("\n");
const ARGS = ["--as-of", "2023-06-01", "--program", "ningxia.unemployment-subsidy"];

describe("office3 F8: a program not in force on the date is said so — per row and in the summary — never 'no record in its place'", () => {
  it("the CSV row says why it is 不适用; the summary names the program with its dates", async () => {
    writeFileSync(at("sub.csv"), ROSTER);
    const run = await butie(["batch", at("sub.csv"), ...ARGS]);
    expect(run.stdout.split("\n")[1]).toContain(",不适用（评估日期不在政策有效期内）,");
    expect(run.stderr).toContain(
      "评估日期不在政策有效期内的项目（每条记录都不适用）：宁夏失业补助金（2020-03-01至2022-12-31）",
    );
    expect(run.stderr).not.toContain("没有一条记录在其地区或情形内");
  });

  it("NDJSON gives the reason", async () => {
    writeFileSync(at("sub.csv"), ROSTER);
    const run = await butie(["batch", at("sub.csv"), ...ARGS, "--format", "ndjson"]);
    const row = JSON.parse(run.stdout.split("\n")[0] as string);
    expect(row.results["ningxia.unemployment-subsidy"]).toMatchObject({
      status: "not-applicable",
      reason: "not-in-force",
    });
  });
});
