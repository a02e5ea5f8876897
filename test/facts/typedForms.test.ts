import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/ask/parseAnswer.js";
import { rowProfile } from "../../src/batch/rowProfile.js";
import { type Diagnostic, diagnosticJson } from "../../src/diagnostics.js";
import { loadFieldCatalogue, type ScalarFieldDef } from "../../src/profile/fields.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// Forms caseworkers type (inputs2 F11, F13): a file number kept as written, a months part of a year or more
// refused, 未知 read as unknown and said, an invisible character dropped and said — the same in every channel.
const catalogue = loadFieldCatalogue("rules/fields.yaml");
const def = (path: string) => catalogue.fields.get(path) as ScalarFieldDef;
const eval1 = (section: string, field: string, value: string) =>
  readProfile(new YamlSource("p.yaml", `${section}:\n  ${field}: ${JSON.stringify(value)}\n`), catalogue);
const cell = (path: string, value: string) =>
  rowProfile([value], [{ header: "h", index: 1, field: path }], catalogue, "r.csv", 2);
const zh = (d: Diagnostic | undefined) => (d ? diagnosticJson(d, "zh").message : "");

describe("a case reference is written back as the office wrote it (F11)", () => {
  it.each(["ＮＸ－００１", "NX-002（补录）", "宁夏２０２１第①号"])("%s", (ref) => {
    expect(eval1("case", "reference", ref).profile?.fields.get("case.reference")).toBe(ref);
    expect(cell("case.reference", ref).profile?.fields.get("case.reference")).toBe(ref);
  });
  it("a cell with a line break in it (a database export) keeps it", () => {
    const ref = "NX-001\r\n（补录）";
    expect(cell("case.reference", ref).profile?.fields.get("case.reference")).toBe(ref);
  });
  it("is still refused when it holds an ID number, in full-width digits too", () => {
    expect(cell("case.reference", "ＮＸ６４０１２１１９８８０５２０００３８").diagnostics[0]?.code).toBe(
      "profile/id-number",
    );
  });
});

describe("a months part of a year or more is refused, saying why (F13)", () => {
  it.each(["4年13个月", "4年12个月", "1 year 14 months"])("%s", (text) => {
    const read = eval1("unemployment", "contributionMonths", text);
    expect(read.profile).toBeUndefined();
    expect(zh(read.diagnostics[0])).toContain("不是一年之内的月数");
    expect(cell("unemployment.contributionMonths", text).diagnostics[0]?.code).toBe("profile/type");
    expect(parseAnswer(def("unemployment.contributionMonths"), text).ok).toBe(false);
  });
  it("reads 4年11个月 as 59 months", () => {
    expect(
      eval1("unemployment", "contributionMonths", "4年11个月")
        .profile?.fields.get("unemployment.contributionMonths")
        ?.toString(),
    ).toBe("59");
  });
});

describe("未知, 不详, 不清楚 are read as unknown, and said back (F13)", () => {
  it.each(["未知", "不详", "不清楚"])("%s", (word) => {
    const read = eval1("person", "sex", word);
    expect(read.profile?.fields.has("person.sex")).toBe(false);
    expect(zh(read.diagnostics[0])).toContain("按未知（未填写）处理");
    const row = cell("person.sex", word);
    expect(row.profile?.fields.has("person.sex")).toBe(false);
    expect(zh(row.notes?.[0])).toContain("按未知");
    expect(parseAnswer(def("person.sex"), word)).toEqual({ ok: true, declined: true });
  });
});

describe("an invisible character pasted with a value is dropped and named (F13)", () => {
  it.each([
    ["person.sex", "男\u200b", "male"],
    ["unemployment.insuredRegion", "\ufeff640121", "640121"],
  ])("%s %j", (path, text, value) => {
    const [section = "", field = ""] = path.split(".");
    const read = eval1(section, field, text);
    expect(read.profile?.fields.get(path)).toBe(value);
    expect(zh(read.diagnostics[0])).toMatch(/看不见的字符（U\+(200B|FEFF)/);
    const row = cell(path, text);
    expect(row.profile?.fields.get(path)).toBe(value);
    expect(zh(row.notes?.[0])).toContain("看不见的字符");
    const asked = parseAnswer(def(path), text);
    expect(asked.ok && "value" in asked ? asked.value : undefined).toBe(value);
  });
});

describe("a YAML profile's syntax error is said in the run's language only (F13)", () => {
  it.each([
    ["person:\n  birthDate： 1988-05-20\n  sex: male\n", "全角"],
    ["person:\n\tsex: male\n", "Tab"],
  ])("%j", (text, words) => {
    const [d] = new YamlSource("p.yaml", text).diagnostics;
    const zhWords = zh(d);
    expect(zhWords).toContain("YAML 格式错误");
    expect(zhWords).toContain(words);
    expect(zhWords).not.toMatch(/[a-z]{3,}/);
  });
});
