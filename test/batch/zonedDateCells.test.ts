import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inflate, zipParts } from "../../src/batch/inputs/xlsx/zip.js";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";
import { zip } from "./zip.js";

// hostile2 F3: a date cell written as an ISO date with a time zone (.xlsx `t="d"`, .ods `office:date-value`) was
// read as the UTC day — one day early for +08:00 — and flipped eligibility. The files are the tester's: the Hefei
// example row, born 2004-03-02, 17 on 2022-03-01 (not eligible); hf_tz.xlsx is made here as the tester's mk3.py
// made it (kept workbooks are all streamed, test/xlsx/agreement.test.ts; a `t="d"` cell is handed to SheetJS).
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const TZ_CELL = '<c r="B2" t="d"><v>2004-03-02T00:00:00+08:00</v></c>';
const { at } = tempDir("zoned-dates");
const source = readFileSync(fixture("hf_plain.xlsx"));
writeFileSync(at("hf_plain.xlsx"), source);
writeFileSync(at("hf_tz.xlsx"), readFileSync(rewritten("hf_plain.xlsx", /<c r="B2"[^>]*>.*?<\/c>/, TZ_CELL)));
const ARGS = ["--as-of", "2022-03-01", "--program", "hefei.provident-fund", "--format", "csv"];

/** A tester's workbook with its birth date written otherwise. */
function rewritten(name: string, from: string | RegExp, to: string): string {
  const bytes = readFileSync(name.endsWith(".xlsx") ? at(name) : fixture(name));
  const files: Record<string, string> = {};
  for (const part of zipParts(bytes, name))
    files[part.name] = inflate(part, bytes, name, 1 << 24)
      .toString("utf8")
      .replace(typeof from === "string" ? from : new RegExp(from, "g"), to);
  const path = at(`${to.replace(/[^\w]/g, "_").slice(0, 40)}-${name}`);
  writeFileSync(path, zip(files));
  return path;
}

describe("hostile2 F3: a date cell with a time zone is refused, never read as another day", () => {
  it.each([
    ["hf_tz.xlsx", "B2"],
    ["od_tz.ods", ""],
  ])("%s: stops with the cell and its value, exit 2, no result", async (name, cell) => {
    const run = await butie(["batch", name.endsWith(".xlsx") ? at(name) : fixture(name), ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain("符合条件");
    expect(run.stderr).toContain("2004-03-02T00:00:00+08:00");
    expect(run.stderr).toContain("时区");
    expect(run.stderr).toContain(cell);
  });

  it("said in English with --lang en", async () => {
    const run = await butie(["batch", at("hf_tz.xlsx"), ...ARGS, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("time zone");
    expect(run.stderr).not.toMatch(/[\u4e00-\u9fff]{2}/u);
  });

  it.each([
    ["hf_tz.xlsx", "2004-03-02T00:00:00-05:00"],
    ["od_tz.ods", "2004-03-02T23:30:00+0530"],
  ])("%s written %s is refused too", async (name, value) => {
    const run = await butie(["batch", rewritten(name, "2004-03-02T00:00:00+08:00", value), ...ARGS]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(value);
  });

  it.each([
    ["hf_plain.xlsx", ""],
    ["od_plain.ods", ""],
    ["hf_tz.xlsx", "2004-03-02T00:00:00Z"],
    ["hf_tz.xlsx", "2004-03-02T00:00:00+00:00"],
    ["od_tz.ods", "2004-03-02T00:00:00Z"],
  ])(
    "%s %s: a date without a zone (or at UTC, the day written) is read as 2004-03-02",
    async (name, value) => {
      const file = value ? rewritten(name, "2004-03-02T00:00:00+08:00", value) : fixture(name);
      const run = await butie(["batch", file, ...ARGS]);
      expect(run.code).toBe(0);
      expect(run.stdout.split("\n")[1]).toContain(",不符合条件,");
    },
  );
});
