import { describe, expect, it } from "vitest";
import { resolveColumns } from "../../src/batch/columns.js";
import { formatDiagnosticIn } from "../../src/diagnostics.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";

const label = (zh: string, en = zh) => ({ zh, en });

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
    const ambiguous = diagnostics[1];
    expect(ambiguous && formatDiagnosticIn(ambiguous, "zh")).toContain(
      "个人信息·所在地（person.region）、创业经营·所在地（business.region）",
    );
    // Each language names the fields in its own words.
    expect(ambiguous && formatDiagnosticIn(ambiguous, "en")).not.toMatch(/[\u4e00-\u9fff]·/);
  });
});
