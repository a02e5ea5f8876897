import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/ask/parseAnswer.js";
import { ndjsonProfile, rowProfile } from "../../src/batch/rowProfile.js";
import { type Diagnostic, diagnosticJson } from "../../src/diagnostics.js";
import { formatIsoDate, type Value } from "../../src/expr/values.js";
import { loadFieldCatalogue, type ScalarFieldDef } from "../../src/profile/fields.js";
import { profileFromData, readProfile } from "../../src/profile/loadProfile.js";
import type { Profile } from "../../src/profile/profile.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// One fact, five channels: a YAML profile, a fixture's profile, an `ask` answer, a CSV cell, an NDJSON line.
// Each must give the same value, the same "unknown", or the same error (code and words).

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const SCALARS = [...catalogue.fields].filter(([, d]) => d.type !== "records").map(([p]) => p);

const shownValue = (v: Value | undefined): string => {
  if (v === undefined) return "unknown";
  if (v instanceof Big) return `value:${v.toString()}`;
  if (v instanceof Date) return `value:${formatIsoDate(v)}`;
  return `value:${JSON.stringify(v)}`;
};

/** A problem without where it was: the words after the field's path, or after a table's column. */
const problem = (d: Diagnostic | undefined) =>
  `error:${d?.code}:${(d ? diagnosticJson(d, "zh").message : "").replace(/^.*?`[^`]*`: |^第 \d+ 列（[^）]*）：/, "")}`;

function outcome(path: string, read: { profile?: Profile; diagnostics: Diagnostic[] }): string {
  if (!read.profile) return problem(read.diagnostics.find((d) => d.severity === "error"));
  return shownValue(read.profile.fields.get(path));
}

function channels(path: string, raw: string, unquoted = false): Record<string, string> {
  const [section = "", field = ""] = path.split(".");
  const def = catalogue.fields.get(path) as ScalarFieldDef;
  const yamlValue = unquoted ? raw : JSON.stringify(raw);
  const yaml = readProfile(new YamlSource("p.yaml", `${section}:\n  ${field}: ${yamlValue}\n`), catalogue);
  const fixture = profileFromData(
    { [section]: { [field]: unquoted ? Number(raw) : raw } },
    catalogue,
    (_, p) => ({
      file: "f.test.yaml",
      line: 1,
      col: 1,
      severity: "error",
      ...p,
    }),
  );
  const csv = rowProfile([raw], [{ header: "h", index: 1, field: path }], catalogue, "f.csv", 2);
  const line = `{"${section}": {"${field}": ${unquoted ? raw : JSON.stringify(raw)}}}`;
  const ndjson = ndjsonProfile(line, catalogue, "f.ndjson", 1);
  const asked = parseAnswer(def, raw);
  const ask = !asked.ok
    ? `error:${asked.message.zh}`
    : "declined" in asked
      ? "unknown"
      : "idNumber" in asked
        ? "id"
        : `value:${
            def.type === "date"
              ? asked.value
              : typeof asked.value === "object" ||
                  typeof asked.value === "string" ||
                  typeof asked.value === "boolean"
                ? JSON.stringify(asked.value)
                : new Big(asked.value).toString()
          }`;
  return {
    yaml: outcome(path, yaml),
    fixture: outcome(path, fixture),
    csv: outcome(path, csv),
    ndjson: outcome(path, ndjson),
    ask: ask.startsWith("error:") ? ask : ask,
  };
}

/** The same outcome everywhere; `ask` says only the words of an error, without its code. */
function expectOneReading(path: string, raw: string, unquoted = false) {
  const got = channels(path, raw, unquoted);
  const { ask, ...files } = got;
  const first = files.yaml as string;
  for (const [channel, value] of Object.entries(files))
    expect({ channel, value }).toEqual({ channel, value: first });
  expect(ask).toBe(first.startsWith("error:") ? `error:${first.split(":").slice(2).join(":")}` : first);
  return first;
}

const PIECES = [
  "0",
  "1",
  "2",
  "5",
  "8",
  "12",
  "１",
  "８",
  ",",
  "，",
  " ",
  ".",
  "%",
  "％",
  "+",
  "-",
  "年",
  "个月",
  "月",
  "元",
  "岁",
  "/",
  "日",
  "是",
  "否",
  "男",
  "女",
  "true",
  "x",
  "0x",
  "e3",
  "2021",
  "-09-",
  "9",
  "20210901",
  "大龄失业人员",
  "、",
  "残疾人",
  "个体工商户",
  "银川",
  "宁夏",
  "朝阳区",
  "不知道",
  "yinchuan",
  "640104",
  "(",
  ")",
];

describe("one reading of a fact, whatever the channel", () => {
  it("random text gives the same value or the same error in a profile, a fixture, an answer, a CSV cell and an NDJSON line", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCALARS),
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((a) => a.join("")),
        (path, raw) => {
          expectOneReading(path, raw);
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it("a number written bare (YAML, JSON) reads as the same number typed as text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...SCALARS.filter((p) => ["integer", "decimal"].includes(catalogue.fields.get(p)?.type ?? "")),
        ),
        fc.oneof(
          fc.integer({ min: -5, max: 2000 }).map(String),
          fc.double({ min: 0, max: 2, noNaN: true }).map((n) => n.toFixed(3)),
        ),
        (path, written) => {
          // Money is written to the fen: typed, `1.500` is refused (a thousands separator typed as a dot), a
          // fact only text carries; a bare number is a value, so money is compared at two decimals.
          const unit = (catalogue.fields.get(path) as ScalarFieldDef).unit ?? "";
          const digits =
            ["yuan", "yuan/month"].includes(unit) && /\.\d{3}$/.test(written)
              ? written.slice(0, -1)
              : written;
          const bare = channels(path, digits, true);
          const typed = channels(path, digits);
          expect(bare.yaml).toBe(typed.yaml);
          expect(bare.ndjson).toBe(typed.ndjson);
          expect(bare.fixture).toBe(typed.fixture);
        },
      ),
    );
  });

  it.each([
    // field, as written, read as
    ["person.sex", "男", 'value:"male"'],
    ["person.sex", "女", 'value:"female"'],
    ["person.sex", "Female", 'value:"female"'],
    ["person.fullCivilCapacity", "是", "value:true"],
    ["person.fullCivilCapacity", "否", "value:false"],
    ["person.birthDate", "2021/9/1", "value:2021-09-01"],
    ["person.birthDate", "2021年9月1日", "value:2021-09-01"],
    ["person.birthDate", "20210901", "value:2021-09-01"],
    ["person.birthDate", "２０２１－０９－０１", "value:2021-09-01"],
    ["person.birthDate", "不知道", "unknown"],
    ["unemployment.contributionMonths", "１２", "value:12"],
    ["unemployment.contributionMonths", "+12", "value:12"],
    ["unemployment.contributionMonths", "12个月", "value:12"],
    // 8 years are 8 × 12 = 96 months, said back
    ["unemployment.contributionMonths", "8年", "value:96"],
    // 1 year and 6 months: 12 + 6 = 18
    ["unemployment.contributionMonths", "1年6个月", "value:18"],
    // 8% is 8 / 100 = 0.08
    ["providentFund.ratio", "8%", "value:0.08"],
    ["providentFund.ratio", "8％", "value:0.08"],
    ["providentFund.base", "5,000", "value:5000"],
    ["providentFund.base", "5000元", "value:5000"],
    ["providentFund.base", "5,000.50元", "value:5000.5"],
    ["business.kind", "个体工商户", 'value:"individual-business"'],
    ["person.employmentDifficulty", "大龄失业人员", 'value:["older-unemployed"]'],
    ["person.employmentDifficulty", "大龄失业人员、残疾人", 'value:["older-unemployed","disabled"]'],
    ["person.hukouRegion", "银川", 'value:"640100"'],
    ["person.hukouRegion", "银川市兴庆区", 'value:"640104"'],
    ["person.hukouRegion", "宁夏回族自治区银川市兴庆区（640104）", 'value:"640104"'],
    ["unemployment.insuredRegion", "yinchuan", 'value:"640100"'],
    ["unemployment.insuredRegion", "Ningxia", 'value:"640000"'],
  ])("%s: %s is read as %s everywhere", (path, raw, expected) => {
    expect(expectOneReading(path, raw)).toBe(expected);
  });

  it.each([
    ["unemployment.contributionMonths", "1,2", "profile/type", "逗号或空格位置不对"],
    ["unemployment.contributionMonths", "1 2", "profile/type", "逗号或空格位置不对"],
    ["unemployment.contributionMonths", "1.5", "profile/type", "不是整数"],
    ["unemployment.contributionMonths", "0x1F", "profile/type", "不是十进制写法"],
    ["unemployment.contributionMonths", "55岁", "profile/type", "单位与本项不符"],
    ["providentFund.ratio", "8", "profile/range", "如果是指 8%，请写 8% 或 0.08"],
    ["person.birthDate", "21/9/1", "profile/date", "不是有效的日期"],
    ["person.birthDate", "2021-02-30", "profile/date", "不是有效的日期"],
    [
      "person.hukouRegion",
      "朝阳区",
      "profile/region",
      "北京市朝阳区（110105）、吉林省长春市朝阳区（220104）",
    ],
    ["person.hukouRegion", "火星", "profile/region", "找不到地区"],
    ["person.idNumber", "3.40104199001012E+17", "profile/id-number", "存成了数字"],
  ])("%s: %s is refused everywhere (%s) with a plain sentence", (path, raw, code, words) => {
    const first = expectOneReading(path, raw) as string;
    expect(first.startsWith(`error:${code}:`)).toBe(true);
    expect(first).toContain(words);
  });

  it("refuses an ID number a spreadsheet stored as a number: its last digits may have changed", () => {
    // 340104199001011239 is a valid ID number; as a double it is 340104199001011260: another sex digit.
    const cell = rowProfile(
      [Number("340104199001011239")],
      [{ header: "h", index: 1, field: "person.idNumber" }],
      catalogue,
      "f.xlsx",
      2,
    );
    expect(cell.diagnostics.map((d) => d.code)).toEqual(["profile/id-number"]);
    const line = ndjsonProfile('{"person": {"idNumber": 340104199001011239}}', catalogue, "f.ndjson", 1);
    expect(line.diagnostics.map((d) => d.code)).toEqual(["profile/id-number"]);
  });

  it("reads a spreadsheet's stored date and number as the same value as their text", () => {
    const date = rowProfile(
      [new Date(Date.UTC(2021, 8, 1))],
      [{ header: "h", index: 1, field: "person.birthDate" }],
      catalogue,
      "f.xlsx",
      2,
    );
    expect(shownValue(date.profile?.fields.get("person.birthDate"))).toBe("value:2021-09-01");
    const ratio = rowProfile(
      [0.07],
      [{ header: "h", index: 1, field: "providentFund.ratio" }],
      catalogue,
      "f.xlsx",
      2,
    );
    expect(shownValue(ratio.profile?.fields.get("providentFund.ratio"))).toBe("value:0.07");
  });
});
