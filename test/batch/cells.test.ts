import { describe, expect, it } from "vitest";
import { cellValue } from "../../src/batch/cellValue.js";
import { resolveColumns } from "../../src/batch/columns.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import type { FieldDef } from "../../src/profile/fields.js";

const label = (zh: string, en = zh) => ({ zh, en });
const def = (type: string, extra: object = {}) => ({ type, label: label("x"), ...extra }) as FieldDef;
const sex = def("enum", {
  values: ["male", "female"],
  valueLabels: { male: label("男", "male"), female: label("女", "female") },
});

describe("cells as offices write them", () => {
  it.each([
    ["boolean", def("boolean"), "是", { value: true }],
    ["boolean", def("boolean"), "否", { value: false }],
    ["boolean", def("boolean"), "TRUE", { value: true }],
    ["boolean", def("boolean"), "0", { value: false }],
    ["boolean (passed on for validation to reject)", def("boolean"), "也许", { value: "也许" }],
    ["enum label", sex, "女", { value: "female" }],
    ["enum value", sex, "male", { value: "male" }],
    ["date with slashes", def("date"), "2021/9/1", { value: "2021-09-01" }],
    ["date in Chinese", def("date"), "2021年9月1日", { value: "2021-09-01" }],
    ["date with a time", def("date"), "2021/9/1 0:00", { value: "2021-09-01" }],
    ["Excel date serial", def("date"), 44440, { value: "2021-09-01" }],
    ["Excel date serial as text", def("date"), "44440", { value: "2021-09-01" }],
    ["Excel date cell", def("date"), new Date(Date.UTC(2021, 8, 1)), { value: "2021-09-01" }],
    ["number with separators and unit", def("decimal"), "1,500元", { value: 1500, text: "1500" }],
    ["percentage", def("decimal"), "7%", { value: 0.07, text: "0.07" }],
    ["spreadsheet number", def("decimal"), 0.07, { value: 0.07, text: "0.07" }],
    ["region typed as a number", def("region"), 340104, { value: "340104" }],
    [
      "list of labels",
      def("enum-list", { values: ["a", "b"], valueLabels: { a: label("甲"), b: label("乙") } }),
      "甲、乙",
      { value: ["a", "b"] },
    ],
    ["formula result", def("integer"), { formula: "A1+1", result: 8 }, { value: 8, text: "8" }],
  ])("%s: %j", (_name, field, cell, expected) => {
    expect(cellValue(field, cell)).toEqual(expected);
  });

  it.each([[""], ["  "], [null], [undefined]])("an empty cell (%j) is unknown", (cell) => {
    expect(cellValue(def("boolean"), cell)).toBeUndefined();
  });

  it("reads a list of records as JSON, with labels inside, and says when it is not JSON", () => {
    const hires = def("records", {
      fields: { povertyAlleviated: def("boolean"), contractMonths: def("integer") },
    });
    expect(cellValue(hires, '[{"povertyAlleviated": "是", "contractMonths": 12}]')).toEqual({
      value: [{ povertyAlleviated: true, contractMonths: 12 }],
    });
    expect(cellValue(hires, "[{")).toHaveProperty("error");
  });
});

describe("column headers", () => {
  const catalogue = new FieldCatalogue({
    person: {
      label: label("个人信息", "Person"),
      fields: { region: { type: "region", label: label("所在地", "Region") } },
    },
    business: {
      label: label("创业经营", "Business"),
      fields: {
        region: { type: "region", label: label("所在地", "Region") },
        kind: { type: "enum", label: label("类型") },
      },
    },
  });

  it("binds field paths, labels, and section label + field label; says so when a label is ambiguous", () => {
    const { columns, diagnostics } = resolveColumns(
      ["business.kind", "类型", "个人信息·所在地", "创业经营 所在地", "所在地", "姓名"],
      catalogue,
      "f.csv",
      1,
      { 姓名: null },
    );
    expect(columns.map((c) => c.field)).toEqual([
      "business.kind",
      "person.region",
      "business.region",
      undefined,
    ]);
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([
      "1:2 input/column",
      "1:5 input/column",
    ]);
    expect(diagnostics[0]?.message).toContain("both fill business.kind");
    expect(diagnostics[1]?.messageZh).toContain(
      "个人信息·所在地（person.region）、创业经营·所在地（business.region）",
    );
  });
});
