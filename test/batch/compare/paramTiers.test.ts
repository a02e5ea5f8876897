import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../../cli/memoryIo.js";
import { tempDir } from "../tempDir.js";

// Issue 17 §6: a what-if (--param) is checked as a rule file is: it may not make tiers overlap or leave a gap.

const { at, ndjson } = tempDir("tiers");
const RULE = "yinchuan/near-retirement-subsidy.yaml";
const PERSON = {
  person: { birthDate: "1966-03-15", sex: "male" },
  hardship: { region: "640104", registered: true },
};

/** The bureau example with the second tier's lower bound a parameter of its own (60 months, as the first's end). */
function draft(): string {
  const dir = at("draft");
  cpSync(join(REPO, "test/fixtures-data/bureau-walkthrough"), dir, { recursive: true });
  const rule = readFileSync(join(dir, RULE), "utf8");
  const split = rule
    .replace("        - from: nearRetirementMonths\n", "        - from: longServiceFrom\n")
    .replace(
      "  maximumMonths:\n",
      "  longServiceFrom:\n    label: { zh: 第二档起始月数, en: Second tier from }\n    unit: months\n    values:\n      2024-01-01: { value: 60, ref: example-notice }\n  maximumMonths:\n",
    );
  expect(split).not.toBe(rule);
  writeFileSync(join(dir, RULE), split);
  return dir;
}

/** `butie <command> <input>` with the draft rules and the second tier starting at `value` months. */
const whatIf =
  (command: "batch" | "eval", input: string, rules: string, ...more: string[]) =>
  (value: number) =>
    butie([
      command,
      input,
      "--as-of",
      "2025-01-15",
      "--rules",
      rules,
      "--program",
      "yinchuan.near-retirement-subsidy",
      "--param",
      `yinchuan.near-retirement-subsidy.longServiceFrom=${value}`,
      ...more,
    ]);

describe("--param and tiers", () => {
  it("refuses a what-if that makes two tiers overlap, as check refuses it in a rule file", async () => {
    const run = whatIf("batch", ndjson("people.ndjson", [PERSON]), draft());
    const fine = await run(60);
    expect(fine.stderr).not.toContain("档次不成立");
    expect(fine.code).toBe(0);
    const overlap = await run(50);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain("--param 使 yinchuan.near-retirement-subsidy 的档次不成立");
    // The problem itself is in the run's language too, its date in words (50 < 60: tier 2 starts inside tier 1).
    expect(overlap.stderr).toContain("第2档（自 50 起）与第1档（低于 60）重叠（按2024年1月1日起的参数值）");
    expect(overlap.stderr).not.toMatch(/[a-z]{3,} tier/);
    const gap = await run(70);
    expect(gap.stderr).toContain("60 至 70 之间没有档次：第1档止于 60 以下，第2档从 70 起");
  });

  it("says the same refusal in English with --lang en", async () => {
    const run = whatIf("batch", ndjson("people-en.ndjson", [PERSON]), draft(), "--lang", "en");
    const overlap = await run(50);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain("tier 2 (from 50) overlaps tier 1 (below 60)");
    expect(overlap.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses the same what-if in eval, not only in batch (one check, in applyOverrides)", async () => {
    const profile = at("person.json");
    writeFileSync(profile, JSON.stringify(PERSON));
    const run = whatIf("eval", profile, draft());
    const fine = await run(60);
    expect(fine.stderr).not.toContain("档次不成立");
    const overlap = await run(50);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain("--param 使 yinchuan.near-retirement-subsidy 的档次不成立");
  });
});
