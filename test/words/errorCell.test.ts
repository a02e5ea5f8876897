import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// A results file is read by the caseworker: the row number has its own column, so the error cell says what is
// wrong in words — no file:line:col, no diagnostic code, no field path (those stay in NDJSON/JSON).
const dir = mkdtempSync(join(tmpdir(), "butie-error-cell-"));

describe("the error cell of a CSV results file", () => {
  it("names the column and says the problem, in the run's language, and nothing of the engine", async () => {
    writeFileSync(join(dir, "in.csv"), "经办档案编号,出生日期,性别\nA-1,1985-02-30,女\n");
    const zh = await butie([
      "batch",
      join(dir, "in.csv"),
      "--out",
      join(dir, "zh.csv"),
      "--as-of",
      "2021-09-01",
    ]);
    expect(zh.code).toBe(1);
    const cell = readFileSync(join(dir, "zh.csv"), "utf8").split("\n")[1] ?? "";
    expect(cell).toContain("第 2 列（出生日期）：1985-02-30 不是有效的日期（没有这一天）");
    expect(cell).not.toMatch(/in\.csv|profile\/|person\.birthDate|`/);
    const en = await butie([
      "batch",
      join(dir, "in.csv"),
      "--out",
      join(dir, "en.csv"),
      "--as-of",
      "2021-09-01",
      "--lang",
      "en",
    ]);
    expect(en.code).toBe(1);
    const enCell = readFileSync(join(dir, "en.csv"), "utf8").split("\n")[1] ?? "";
    // The header is quoted as the office wrote it.
    expect(enCell).toContain("column 出生日期 (no. 2): 1985-02-30 is not a calendar date");
    expect(enCell).not.toMatch(/in\.csv|profile\/|person\.birthDate|`/);
  }, 30_000);

  it("keeps the code and the words in NDJSON", async () => {
    writeFileSync(join(dir, "in2.csv"), "经办档案编号,出生日期\nA-2,1985-02-30\n");
    const run = await butie(["batch", join(dir, "in2.csv"), "--format", "ndjson", "--as-of", "2021-09-01"]);
    const line = JSON.parse(run.stdout.split("\n")[0] ?? "{}");
    expect(line.errors[0].code).toBe("profile/date");
    expect(line.errors[0].message).toContain("1985-02-30 不是有效的日期");
  }, 30_000);
});
