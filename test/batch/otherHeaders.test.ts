import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headerNames, normalHeader } from "../../src/batch/headerNames.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { butie, REPO } from "../cli/memoryIo.js";

const dir = mkdtempSync(join(tmpdir(), "butie-headers-"));
const catalogue = loadFieldCatalogue(join(REPO, "rules/fields.yaml"));

// The header row of ../shared/bench/gen.mjs's office-style CSV, written with the labels as they were on 2026-12-05.
const OFFICE_HEADER =
  "经办档案编号,居民身份证号码,出生日期,性别,户籍所在地,具备完全民事行为能力,个人信息脱贫人口,脱贫家庭子女,农民工,就业状态,就业困难人员类别,无法外出务工,无业可扶,有能力胜任岗位工作,已享受基本养老保险待遇,养老保险参保地,以个人名义参保,正常连续缴纳月数,月缴存基数,缴存比例,经营地,经营主体类型,领取营业执照日期,正常经营,返乡创业,已领取过一次性创业补贴,失业保险参保地,首次参保日期,累计缴费月数,非因本人意愿中断就业,已办理失业登记并有求职要求,领取失业保险金期满仍未就业,正在领取失业保险金或失业补助金,已领取过临时生活补助,培训地,培训补贴标准,岗位所在地,当地城镇公益性岗位补贴标准";

describe("column headers offices write other than the label", () => {
  it("every header of an office export written with the earlier labels is still read", async () => {
    const columns = OFFICE_HEADER.split(",");
    writeFileSync(join(dir, "office.csv"), `${OFFICE_HEADER}\n${columns.map(() => "").join(",")}\n`);
    const run = await butie(["batch", join(dir, "office.csv"), "--as-of", "2021-09-01"]);
    expect(run.stderr).not.toContain("不对应任何档案字段");
    expect(run.code).toBe(0);
  }, 30_000);

  it("an earlier label, an office system's name and a short ID header are each read as their field", () => {
    const names = headerNames(catalogue);
    expect(names.get(normalHeader("身份证号码"))).toEqual(["person.idNumber"]);
    expect(names.get(normalHeader("是否享受养老待遇"))).toEqual(["person.receivingBasicPension"]);
    expect(names.get(normalHeader("已享受基本养老保险待遇"))).toEqual(["person.receivingBasicPension"]);
  });

  it("no header a field declares is a name of another field", () => {
    const names = headerNames(catalogue);
    for (const [sectionName, section] of Object.entries(catalogue.sections))
      for (const [name, def] of Object.entries(section.fields))
        for (const header of def.headers ?? [])
          expect({ header, fields: names.get(normalHeader(header)) }).toEqual({
            header,
            fields: [`${sectionName}.${name}`],
          });
  });
});
