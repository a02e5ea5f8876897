import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, REPO } from "../cli/memoryIo.js";
import { INSURED_8_MONTHS } from "./compare/people.js";
import { tempDir } from "./tempDir.js";

const { at, ndjson } = tempDir("draft");
const PERSON = {
  person: { employmentStatus: "unemployed", receivingBasicPension: false },
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
});
