import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

const { at } = tempDir("label-sep");
const LABEL = "大龄失业人员（女40周岁、男50周岁以上）";

describe("inputs #8: a label holding a separator is that label, in every channel", () => {
  it.each([
    ["the label alone", LABEL],
    ["the label with another name", `${LABEL}、残疾人`],
    ["half-width brackets", "大龄失业人员(女40周岁、男50周岁以上),残疾人"],
  ])("eval: %s", async (_name, written) => {
    writeFileSync(at("d.yaml"), `person: {employmentDifficulty: "${written}"}\n`);
    const run = await butie(["eval", at("d.yaml"), "--program", "lianyungang.welfare-post"]);
    expect(run.stderr).not.toContain("profile/enum");
    expect(run.code).not.toBe(2);
  });

  it("batch: a CSV cell with the label is read", async () => {
    writeFileSync(at("d.csv"), `经办档案编号,就业困难人员类别\nD1,${LABEL}\n`);
    const run = await butie([
      "batch",
      at("d.csv"),
      "--program",
      "lianyungang.welfare-post",
      "--format",
      "ndjson",
    ]);
    const [record] = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(record.errors).toBeUndefined();
    expect(record.results).toBeDefined();
  });
});
