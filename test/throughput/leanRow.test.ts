import { describe, expect, it } from "vitest";
import type { Column } from "../../src/batch/columns.js";
import { leanRow } from "../../src/batch/leanRow.js";
import { rowProfile } from "../../src/batch/rowProfile.js";
import { type FieldDef, loadFieldCatalogue } from "../../src/profile/fields.js";
import { profileFromData } from "../../src/profile/loadProfile.js";

const catalogue = loadFieldCatalogue("rules/fields.yaml");
const DATES = { today: "2026-12-07", asOf: "2022-03-01" };

/** Cells as offices write them, good and bad, per field type. */
const WRITTEN: Record<string, readonly unknown[]> = {
  boolean: ["是", "否", "yes", "true", 1, "也许"],
  integer: ["12", 36, "8年", "12个月", "-3", "1.5", "１２"],
  decimal: ["2515", 3000.5, "10%", "0.12", "1,200", "abc"],
  date: ["2021/9/1", "2021-09-01", "2021年9月1日", 44805, "2021-02-30", new Date(Date.UTC(2020, 0, 2))],
  region: ["340104", "640106", "合肥市", "999999", 420102],
  enum: ["男", "女", "male", "失业", "other", "maybe"],
  "enum-list": ["脱贫人口", "x"],
  text: ["CASE-1", "身份证 110101199003077777", "  "],
  "id-number": ["11010519491231002X", "110105194912310021", "123"],
  records: ['[{"contractMonths": 12}]', "[", "12"],
};

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("a table row read straight from its cells", () => {
  it("gives the profile of the row's document whenever it gives one", () => {
    const columns: Column[] = [...catalogue.fields.keys()].map((field, i) => ({
      header: field,
      index: i + 1,
      field,
    }));
    const r = random(20261207);
    let lean = 0;
    let full = 0;
    for (let n = 0; n < 3000; n++) {
      const cells: unknown[] = [];
      const data: Record<string, Record<string, unknown>> = {};
      const clean = r() < 0.5;
      for (const column of columns) {
        const def = catalogue.fields.get(column.field as string);
        const pool = WRITTEN[def?.type ?? "text"] ?? [];
        // Most cells empty (as in a real export); half the rows hold only valid values.
        const cell = r() < 0.7 ? undefined : clean ? valid(def) : pool[Math.floor(r() * pool.length)];
        cells.push(cell);
        const kept = typeof cell === "string" && !cell.trim() ? undefined : cell;
        if (kept === undefined) continue;
        const [section = "", name = ""] = (column.field as string).split(".");
        data[section] ??= {};
        (data[section] as Record<string, unknown>)[name] =
          def?.type === "records" && typeof kept === "string" ? safeJson(kept) : kept;
      }
      const expected = profileFromData(
        data,
        catalogue,
        (_, p) => ({ file: "f", line: 1, col: 1, ...p, severity: "error" }),
        undefined,
        DATES,
      );
      const quick = leanRow(cells, columns, catalogue, DATES);
      if (quick) {
        lean++;
        expect(expected.diagnostics).toEqual([]);
        expect(quick).toEqual(expected.profile);
      } else full++;
      expect(rowProfile(cells, columns, catalogue, "f.csv", 2, DATES).profile).toEqual(expected.profile);
    }
    // Not vacuous: both ways were taken many times.
    expect(lean).toBeGreaterThan(300);
    expect(full).toBeGreaterThan(300);
  }, 60_000);
});

/** A value the field accepts (a list of records is left empty: it always takes the full path). */
function valid(def: FieldDef | undefined): unknown {
  if (!def || def.type === "records") return undefined;
  if (def.type === "enum" || def.type === "enum-list") return def.values?.[0];
  if (def.oneOf) return def.oneOf[0];
  if (def.type === "decimal" && def.max === 1) return "10%";
  return WRITTEN[def.type]?.[0];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
