import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

// Issue 14: every command and every output honours --lang, Chinese by default.
const dir = mkdtempSync(join(tmpdir(), "butie-lang-"));
const at = (name: string) => join(dir, name);
writeFileSync(at("bad.csv"), "person.birthDate,person.sex\n1981-13-01,female\n");

describe("batch row errors are in the run's language (bug: English rows under a Chinese summary)", () => {
  it("the results file's errors column is Chinese by default and English with --lang en", async () => {
    const zh = await butie(["batch", at("bad.csv"), "--as-of", "2021-09-01", "--out", at("zh.csv")]);
    expect(zh.stderr).toContain("共 1 条记录，1 条有错误");
    const [, zhRow] = parseCsv(readFileSync(at("zh.csv"), "utf8")) as string[][];
    // The cell says the column and the problem; the row is in 行号 (no file, code or path).
    expect(zhRow?.[2]).toMatch(/^第 1 列（person\.birthDate）：.*[\u4e00-\u9fff]/);
    expect(zhRow?.[2]).not.toContain("bad.csv");
    expect(zhRow?.[2]).not.toMatch(/not a (valid|calendar)/);
    const en = await butie([
      "batch",
      at("bad.csv"),
      "--as-of",
      "2021-09-01",
      "--lang",
      "en",
      "--out",
      at("en.csv"),
    ]);
    expect(en.stderr).toContain("1 records, 1 with errors");
    const [, enRow] = parseCsv(readFileSync(at("en.csv"), "utf8")) as string[][];
    expect(enRow?.[2]).not.toMatch(/[\u4e00-\u9fff]{2}/);
  });

  it("the row errors printed on the terminal (--compare without --out) are Chinese by default", async () => {
    const run = await butie(["batch", at("bad.csv"), "--as-of", "2021-09-01", "--compare"]);
    const line = run.stderr.split("\n").find((l) => l.includes("bad.csv:2"));
    expect(line).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a bad --as-of is worded alike by every command (bug: English in ask and batch)", () => {
  for (const argv of [
    ["eval", "examples/hubei-startup.yaml"],
    ["batch", "examples/batch/applicants.csv"],
    ["ask", "--replay", "examples/hubei-startup.yaml"],
  ])
    it(`${argv[0]}: Chinese by default, English with --lang en`, async () => {
      const zh = await butie([...argv, "--as-of", "2021-02-30"]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toBe("butie: --as-of 2021-02-30 不是有效日期（应为 YYYY-MM-DD）\n");
      const en = await butie([...argv, "--as-of", "2021-02-30", "--lang", "en"]);
      expect(en.stderr).toBe("butie: --as-of 2021-02-30 is not a calendar date YYYY-MM-DD\n");
    });
});

describe("batch --compare warns of a dated --param not in force, as eval does (bug: silent)", () => {
  it("says the same warning as eval", async () => {
    const PARAM = "ningxia.migrant-living-subsidy.monthlyAmount";
    const common = [
      "--as-of",
      "2020-10-01",
      "--rules",
      "test/fixtures-data/param-shadowed",
      "--param",
      `${PARAM}@2020-11-01=555`,
    ];
    const evalRun = await butie(["eval", "examples/ningxia-migrant.yaml", ...common]);
    const warning = evalRun.stderr.split("\n").find((l) => l.includes("警告"));
    expect(warning).toContain("自 2020-11-01 起适用，2020-10-01 当天尚未生效");
    writeFileSync(at("one.ndjson"), `${JSON.stringify({ person: { migrantWorker: true } })}\n`);
    const batchRun = await butie(["batch", at("one.ndjson"), "--compare", ...common]);
    expect(batchRun.stderr).toContain(`${warning}\n`);
    const plain = await butie(["batch", at("one.ndjson"), "--format", "ndjson", ...common]);
    expect(plain.stderr).toContain(`${warning}\n`);
  });
});
