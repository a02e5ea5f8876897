import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";
import { INSURED_8_MONTHS } from "./compare/people.js";
import { tempDir } from "./tempDir.js";

const { at, ndjson } = tempDir("draft");
const PERSON = {
  person: {
    employmentStatus: "unemployed",
    receivingBasicPension: false,
    birthDate: "1985-05-20",
    sex: "male",
  },
  unemployment: {
    ...INSURED_8_MONTHS,
  },
};

describe("batch --compare with a draft rule directory (--rules) as the proposal", () => {
  it("compares the draft with the bundled rules and reports the change per program", async () => {
    // A draft of the Ningxia subsidy with its higher tier at 90% instead of 80% (its own file, its own sources).
    const draft = at("draft");
    mkdirSync(draft);
    const rule = readFileSync(join(REPO, "rules/ningxia/unemployment-subsidy.yaml"), "utf8");
    const rate = /(higherTierRate:[\s\S]*?2020-03-01: \{ value: )0\.8\b/;
    expect(rule).toMatch(rate);
    writeFileSync(join(draft, "unemployment-subsidy.yaml"), rule.replace(rate, "$10.9"));
    const people = ndjson("people.ndjson", [PERSON, PERSON]);
    const run = await butie(["batch", people, "--as-of", "2020-09-01", "--compare", "--rules", draft]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`规则草案 ${draft}（与现行内置规则相比）`);
    expect(run.stdout).toContain("结果有变化的记录：2 条");
    // Only the drafted program changes: 2 rows paid more each month.
    expect(run.stdout).toMatch(/领取增加 2/);
  }, 60_000);

  it("counts a program the draft adds: not in force before, its rows newly eligible after (analyst F15)", async () => {
    // A draft that adds a program of its own (a made-up Yinchuan bonus), beside the bundled ones.
    const draft = at("added");
    mkdirSync(draft);
    const rule = readFileSync(join(REPO, "rules/ningxia/unemployment-subsidy.yaml"), "utf8")
      .replace("id: ningxia.unemployment-subsidy", "id: ningxia.draft-bonus")
      .replace(
        "title: { zh: 宁夏失业补助金, en: Ningxia unemployment subsidy }",
        "title: { zh: 草案奖励, en: Draft bonus }",
      );
    writeFileSync(join(draft, "draft-bonus.yaml"), rule);
    const people = ndjson("added.ndjson", [PERSON, PERSON]);
    const out = at("added-out.ndjson");
    const run = await butie([
      "batch",
      people,
      "--as-of",
      "2020-09-01",
      "--compare",
      "--rules",
      draft,
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("结果有变化的记录：2 条");
    const block = run.stdout.slice(run.stdout.indexOf("草案奖励"));
    // 不适用 → 符合条件 for both rows: a row of the transitions, and gained eligibility.
    expect(block).toMatch(/│ 不适用\s+│ 2\s+│/);
    expect(block).toMatch(/新获资格 2/);
    expect(block).toMatch(/受益人数\s+│ 0\s+│ 2\s+│ \+2/);
    const records = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    for (const r of records) {
      const change = r.changes["ningxia.draft-bonus"];
      expect([change.before.status, change.after.status]).toEqual(["not-applicable", "eligible"]);
    }
  }, 60_000);
});
