import { describe, expect, it } from "vitest";
import { conditionWords } from "../../src/cli/render/plain/conditionWords.js";
import { type AsOf, asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// An `or` met by one branch is explained by that branch: the branch that failed did not decide, and its
// failed-branch wording ("…起才满足", "…起已不满足") must not appear under a ✓.
const rules = loadRules();

describe("an or met by one branch", () => {
  // Lianyungang's older unemployed: men from 50, women from 40. A woman born 1975-06-01 is 46 on 2022-03-01:
  // the women's branch holds (2015-06-01 ≤ 2022-03-01); the men's (2025-06-01 ≤ 2022-03-01) does not.
  const yaml = `
person: { employmentStatus: unemployed, hukouRegion: "320703", employmentDifficulty: [older-unemployed], birthDate: 1975-06-01, sex: female }
unemployment: { registered: true }
`;
  const { profile } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  const program = rules.programs.get("lianyungang.welfare-post");
  if (!profile || !program) throw new Error("setup");
  const r = evaluateProgram(program, profile, asOfDate("2022-03-01") as AsOf);
  const c = r.conditions.find((x) => x.id === "employment-difficulty");

  it("is met", () => {
    expect(r.status).toBe("eligible");
    expect(c?.result).toBe(true);
  });

  it("reads the branch that held, never the failed one (zh and en)", () => {
    if (!c) throw new Error("no condition");
    const zh = conditionWords(c, rules.fields, "zh");
    expect(zh).toContain("2015年6月1日已满");
    expect(zh).not.toMatch(/起才满足|起已不满足/);
    const en = conditionWords(c, rules.fields, "en");
    expect(en).toContain("met since 1 June 2015");
    expect(en).not.toMatch(/met from|no longer met/);
  });
});
