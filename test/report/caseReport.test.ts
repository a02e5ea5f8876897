import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// Issue 8 §3: the printable case report, as HTML and as Markdown, without a browser.

const APPLICANT = "test/fixtures-data/case-report/applicant.yaml";
const ID = "340104199001011239";

describe("eval --format html", () => {
  it("is one self-contained page: inline CSS, no script, nothing fetched", async () => {
    const { code, stdout } = await butie(["eval", APPLICANT, "--format", "html"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!DOCTYPE html>/);
    expect(stdout).not.toMatch(/<script|<link|@import|url\(|src=/i);
    expect(stdout).toContain("@page { size: A4;");
  });

  it("is Chinese by default, with lang set so CJK fonts draw Chinese glyphs", async () => {
    const zh = await butie(["eval", APPLICANT, "--format", "html"]);
    expect(zh.stdout).toContain('<html lang="zh-CN">');
    expect(zh.stdout).toContain("补贴资格测算报告");
    const en = await butie(["eval", APPLICANT, "--format", "html", "--lang", "en"]);
    expect(en.stdout).toContain('<html lang="en">');
  });

  it("masks the ID number, marks what was derived from it, and says the as-of date was today", async () => {
    const { stdout } = await butie(["eval", APPLICANT, "--format", "html"]);
    expect(stdout).not.toContain(ID);
    expect(stdout).toContain("<dt>经办档案编号</dt><dd>HF-2026-0815</dd>");
    expect(stdout).toContain("3401**********1239");
    expect(stdout).toMatch(/出生日期<\/th><td>1990年1月1日 <span class="derived">（由身份证号码推算）/);
    expect(stdout).toMatch(/性别<\/th><td>男 <span class="derived">/);
    expect(stdout).toContain("2022年3月1日（当天，未指定日期时的默认值）");
    const dated = await butie(["eval", APPLICANT, "--format", "html", "--as-of", "2022-01-01"]);
    expect(dated.stdout).toContain("2022年1月1日（指定日期）");
  });

  it("gives each decision in words, the arithmetic, conditions, quoted sources and a signature line", async () => {
    const { stdout } = await butie(["eval", APPLICANT, "--format", "html"]);
    // 3333 × 5% = 166.65 → 167 (四舍五入进元) × 2 = 334 a month, which the person pays in (a deposit, not a payment to them).
    expect(stdout).toContain("符合条件，预计每月缴存334元；这是本人缴存的金额");
    expect(stdout).toContain("166.65元/月 按四舍五入到元 = 167元/月");
    expect(stdout).toContain("年满18周岁（生日当天即满）：2008年1月1日已满");
    expect(stdout).toContain("<q>缴存范围为年满18周岁未达法定退休年龄");
    expect(stdout).toContain("经办人（签字）：");
    expect(stdout).toContain("测算结果仅依据所填信息");
  });
});

describe("eval --format md", () => {
  it("has the same content, headed by the case reference and masked ID number, not the file path", async () => {
    const { code, stdout } = await butie(["eval", APPLICANT, "--format", "md"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("# 补贴资格测算报告 · 经办档案编号：HF-2026-0815");
    expect(stdout).toContain("- 身份证号码（已遮蔽）：3401**********1239");
    expect(stdout).not.toContain(ID);
    expect(stdout).not.toContain("applicant.yaml");
    expect(stdout).toContain("- 出生日期：1990年1月1日（由身份证号码推算）");
    expect(stdout).toContain("经办人（签字）：");
  });
});
