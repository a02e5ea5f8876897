import { readFileSync } from "node:fs";
import Big from "big.js";
import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnosticJson, formatDiagnostic } from "../../src/diagnostics.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

const { fields: catalogue } = loadRules();
const FILE = "applicant.yaml";

function read(text: string, file = FILE) {
  return readProfile(new YamlSource(file, text), catalogue);
}

const located = (d: Diagnostic) => `${d.line}:${d.col} ${d.code} ${diagnosticJson(d, "en").message}`;

const isoDay = (d: unknown) => {
  const date = d as Date;
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
};

describe("readProfile: valid profiles", () => {
  it("reads the Hefei example into typed fields and sections", () => {
    const text = readFileSync(new URL("../../examples/hefei-provident-fund.yaml", import.meta.url), "utf8");
    const { profile, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    expect(profile?.sections).toEqual(new Set(["person", "pension", "providentFund"]));
    expect(isoDay(profile?.fields.get("person.birthDate"))).toBe("1990-01-01");
    expect(profile?.fields.get("person.hukouRegion")).toBe("340104");
    expect(profile?.fields.get("providentFund.base")).toEqual(new Big(3333));
    expect(String(profile?.fields.get("providentFund.ratio"))).toBe("0.05");
    expect(profile?.fields.get("pension.asIndividual")).toBe(true);
  });

  it("treats an empty value as unknown, not as a default", () => {
    const { profile, diagnostics } = read("person:\n  birthDate:\n  sex: female\n");
    expect(diagnostics).toEqual([]);
    expect(profile?.fields.has("person.birthDate")).toBe(false);
    expect(profile?.sections.has("person")).toBe(true);
  });

  it("reads an unquoted six-digit region code, but refuses 0340104, which YAML would read as 340104", () => {
    expect(read("person:\n  hukouRegion: 340104\n").profile?.fields.get("person.hukouRegion")).toBe("340104");
    const { profile, diagnostics } = read("person:\n  hukouRegion: 0340104\n");
    expect(profile).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(["2:16 profile/type"]);
  });

  it("reads decimals exactly as written, not through a binary float", () => {
    const { profile } = read("providentFund:\n  base: 12345678901234567.89\n  ratio: 0.07\n");
    expect(String(profile?.fields.get("providentFund.base"))).toBe("12345678901234567.89");
    expect(String(profile?.fields.get("providentFund.ratio"))).toBe("0.07");
  });

  it("never echoes an ID number typed into another field", () => {
    const { diagnostics } = read('person:\n  hukouRegion: "11010519491231002X"\n');
    expect(diagnostics[0] && diagnosticJson(diagnostics[0], "en").message).toContain("1101**********002X");
    expect(diagnostics[0] && diagnosticJson(diagnostics[0], "en").message).not.toContain(
      "11010519491231002X",
    );
  });

  it("treats keys like `constructor` as unknown, not as the object's prototype", () => {
    const { diagnostics } = read("constructor:\n  a: 1\nperson:\n  toString: 5\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["profile/unknown-key", "profile/unknown-key"]);
  });

  it("reads JSON as well as YAML", () => {
    const { profile } = read(
      '{"unemployment": {"insuredRegion": "640121", "contributionMonths": 8}}',
      "p.json",
    );
    expect(profile?.fields.get("unemployment.contributionMonths")).toEqual(new Big(8));
  });
});

describe("readProfile: input errors are located at file line:col", () => {
  it.each([
    [
      "an unknown field, suggesting the right one",
      "person:\n  birthdate: 1990-01-01\n",
      "2:3 profile/unknown-key `person.birthdate`: unknown field (did you mean `birthDate`?)",
    ],
    [
      "an unknown section, at its key",
      "persn:\n  birthDate: 1990-01-01\n",
      "1:1 profile/unknown-key `persn`: unknown section (did you mean `person`?)",
    ],
    [
      "a yes/no field given text",
      'person:\n  fullCivilCapacity: "maybe"\n',
      '2:22 profile/type `person.fullCivilCapacity`: expected yes or no, got "maybe"',
    ],
    [
      "a fractional month count",
      "pension:\n  continuousMonths: 14.5\n",
      "2:21 profile/type `pension.continuousMonths`: expected a whole number, got 14.5",
    ],
    [
      "an impossible date",
      "person:\n  birthDate: 2021-02-30\n",
      "2:14 profile/date `person.birthDate`: 2021-02-30 is not a calendar date (YYYY-MM-DD)",
    ],
    [
      "a region code that does not exist",
      'person:\n  hukouRegion: "999999"\n',
      "2:16 profile/region `person.hukouRegion`: 999999 is not a GB/T 2260 region code",
    ],
    [
      "a region code of the wrong length",
      'person:\n  hukouRegion: "34010"\n',
      '2:16 profile/type `person.hukouRegion`: expected a 6-digit region code or a place name, got "34010"',
    ],
    [
      "a value outside an enum, suggesting the right one",
      "person:\n  sex: mail\n",
      '2:8 profile/enum `person.sex`: expected one of male, female, got "mail" (did you mean male?)',
    ],
    [
      "a ratio above 1",
      "providentFund:\n  ratio: 1.5\n",
      "2:10 profile/range `providentFund.ratio`: write a ratio as a percentage or a fraction: if you mean 1.5%, write 1.5% or 0.015",
    ],
    [
      "an unknown field in a list record, suggesting the right one",
      'employer:\n  region: "420100"\n  hires:\n    - { povertyAlleviated: true, contractMonth: 12 }\n',
      "4:34 profile/unknown-key `employer.hires.0.contractMonth`: unknown field (did you mean `contractMonths`?)",
    ],
    [
      "a document that is not a mapping",
      "- person\n",
      "1:1 profile/type ``: a profile is a mapping of sections such as `person:`",
    ],
  ])("%s", (_what, text, expected) => {
    const { profile, diagnostics } = read(text);
    expect(diagnostics.map(located)).toEqual([expected]);
    expect(diagnostics[0]?.file).toBe(FILE);
    expect(profile).toBeUndefined();
  });

  it("reports a YAML syntax error as such", () => {
    const { diagnostics } = read("person:\n  birthDate: [1990-01-01\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["yaml/syntax"]);
  });

  it("locates an error in a JSON profile", () => {
    const { diagnostics } = read('{"person": {"birthDate": "2021-02-30"}}', "p.json");
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
      "p.json:1:26 profile/date",
    ]);
  });

  it("reports every problem in the profile, not just the first", () => {
    const { diagnostics } = read('person:\n  birthDate: 2021-02-30\n  sex: mail\n  hukouRegion: "999999"\n');
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      "2:14 profile/date",
      "3:8 profile/enum",
      "4:16 profile/region",
    ]);
  });
});

describe("readProfile: resident ID numbers", () => {
  it("rejects a bad checksum without echoing the ID number", () => {
    const { diagnostics } = read('person:\n  idNumber: "340104199001011238"\n');
    expect(diagnostics.map(located)).toEqual([
      "2:13 profile/id-number `person.idNumber`: the ID number is invalid (checksum)",
    ]);
    const printed = diagnostics.map((d) => formatDiagnostic(d)).join("\n");
    expect(printed).not.toContain("34010419900101123");
    expect(printed).not.toContain("19900101");
  });

  it.each([
    ["340104199001011239", "1990-01-01", "male", "340104199001011239"],
    ["11010519491231002x", "1949-12-31", "female", "11010519491231002X"],
  ])("derives birth date and sex from %s", (id, birthDate, sex, stored) => {
    const { profile, diagnostics } = read(`person:\n  idNumber: "${id}"\n`);
    expect(diagnostics).toEqual([]);
    expect(isoDay(profile?.fields.get("person.birthDate"))).toBe(birthDate);
    expect(profile?.fields.get("person.sex")).toBe(sex);
    expect(profile?.fields.get("person.idNumber")).toBe(stored);
  });

  it("accepts a birth date and sex that agree with the ID number", () => {
    const { diagnostics } = read(
      'person:\n  idNumber: "340104199001011239"\n  birthDate: 1990-01-01\n  sex: male\n',
    );
    expect(diagnostics).toEqual([]);
  });

  it.each([
    [
      "birth date",
      "  birthDate: 1991-01-01",
      "3:14 profile/id-number `person.birthDate`: does not match the birth date in the ID number",
    ],
    ["sex", "  sex: female", "3:8 profile/id-number `person.sex`: does not match the sex in the ID number"],
  ])("reports a %s that contradicts the ID number, at the field", (_what, line, expected) => {
    const { diagnostics } = read(`person:\n  idNumber: "340104199001011239"\n${line}\n`);
    expect(diagnostics.map(located)).toEqual([expected]);
  });

  it("refuses an ID number stored as a number: a spreadsheet may have changed its last digits", () => {
    const { diagnostics } = read("person:\n  idNumber: 340104199001011239\n");
    expect(diagnostics.map((d) => d.code)).toEqual(["profile/id-number"]);
    expect(diagnostics[0] && diagnosticJson(diagnostics[0], "zh").message).toContain("存成了数字");
  });
});
