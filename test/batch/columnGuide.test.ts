import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { columnCandidates } from "../../src/batch/columnGuide.js";
import { runBatch } from "../../src/cli/commands/batch.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { butie, REPO } from "../cli/memoryIo.js";

const dir = mkdtempSync(join(tmpdir(), "butie-columns-"));
const catalogue = () => loadFieldCatalogue(join(REPO, "rules/fields.yaml"));

describe("suggesting the field a header means", () => {
  it("参保地 is part of two sections' fields, and is never 经营地 (one character in three in common)", () => {
    const near = columnCandidates("参保地", catalogue());
    expect(near).toContain("pension.region");
    expect(near).toContain("unemployment.insuredRegion");
    expect(near).not.toContain("business.region");
  }, 30_000);

  it("a typo a character away is still found", () => {
    expect(columnCandidates("出生日起", catalogue())).toEqual(["person.birthDate"]);
  }, 30_000);

  it("an unknown header in a run says the near fields in the run's language", async () => {
    writeFileSync(join(dir, "h.csv"), "参保地,性别\n640104,女\n");
    const run = await butie(["batch", join(dir, "h.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("列“参保地”不对应任何档案字段（是否指");
    expect(run.stderr).toContain("养老保险参保地");
    expect(run.stderr).not.toContain("经营地");
  }, 30_000);
});

describe("--list-columns", () => {
  it("lists every accepted header with its values, and suggests a map for the file's unknown columns", async () => {
    writeFileSync(join(dir, "roster.csv"), "花名册\n姓名,参保地,出生日期\n张三,640104,1990/1/1\n");
    let stdout = "";
    const io = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: process.stdin,
      env: {},
      cwd: REPO,
      isTTY: false,
      today: "2022-03-01",
    };
    const code = await runBatch(join(dir, "roster.csv"), { lang: "zh", listColumns: true }, io);
    expect(code).toBe(0);
    expect(stdout).toContain("  性别  Sex  person.sex  （填写：男、女）");
    expect(stdout).toContain("  失业保险参保地  Unemployment insurance region  unemployment.insuredRegion");
    // The header row is found past the title; each unknown column is a choice left to the caseworker.
    expect(stdout).toContain('"参保地": ~  # 请选择其一：');
    expect(stdout).toMatch(/"姓名": ~ {2}# /);
    expect(stdout).not.toContain('"出生日期"');
  }, 30_000);
});
