import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/cli/render/plainText.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import type { Evaluation } from "../../src/engine/result.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// The law's horizon is honoured, not only captioned: past a program's `inForce.horizon` nobody knows whether it
// still runs, so the answer is undetermined, with what it would pay if it still runs.
const rules = loadRules();
const plain = new Chalk({ level: 0 });

function profileOf(yaml: string) {
  const { profile, diagnostics } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  if (!profile) throw new Error(JSON.stringify(diagnostics));
  return profile;
}
function run(id: string, yaml: string, date: string): Evaluation {
  const program = rules.programs.get(id);
  if (!program) throw new Error(id);
  return evaluate([program], profileOf(yaml), asOfDate(date) as AsOf);
}
const json = (e: Evaluation, lang: "zh" | "en" = "en") => evaluationToJson(e, rules.fields, lang).results[0];
const text = (e: Evaluation, lang: "zh" | "en" = "zh") =>
  renderPlainText(e, { lang, color: plain, catalogue: rules.fields, width: 200 });

// The README's example: a 返乡创业 individual business in 武汉市江岸区, licence 2021-09-01.
const HUBEI = `
person: { povertyAlleviated: true }
business: { region: "420102", kind: individual-business, licenseDate: 2021-09-01, operatingNormally: true, returnedHome: true, startupSubsidyReceived: false }
`;

describe("a program past its horizon (Hubei's 12 measures: the transition period ended 2025-12-31)", () => {
  it("on 2025-12-31, the day before the horizon, is eligible for 5000 as before", () => {
    const r = json(run("hubei.startup-subsidy", HUBEI, "2025-12-31"));
    expect(r?.status).toBe("eligible");
    expect(r?.amount?.value).toBe(5000);
    expect(r?.lawUnknown).toBeUndefined();
    expect(r?.conditions.map((c) => c.id)).not.toContain("in-force");
  });

  it("on 2026-01-01, the horizon day, is undetermined with 5000 only if it still runs", () => {
    const r = json(run("hubei.startup-subsidy", HUBEI, "2026-01-01"));
    expect(r?.status).toBe("undetermined");
    expect(r?.amount).toBeNull();
    expect(r?.missing).toEqual([]);
    expect(r?.lawUnknown).toMatchObject({
      code: "law-unknown",
      from: "2026-01-01",
      ref: "transition-end-2026",
    });
    expect(r?.lawUnknown?.amountIfInForce?.value).toBe(5000);
    expect(r?.conditions.find((c) => c.id === "in-force")?.result).toBeNull();
  });

  it("says so in words on 2026-12-06, zh and en, and never '符合条件，预计'", () => {
    const zh = text(run("hubei.startup-subsidy", HUBEI, "2026-12-06"));
    expect(zh).not.toContain("符合条件，预计");
    expect(zh).toContain("2026年1月1日起是否仍在实施，未见公开来源确认");
    expect(zh).toContain("若仍在实施：一次性5000元");
    expect(zh).toContain("过渡期已于2025年12月31日结束");
    const en = text(run("hubei.startup-subsidy", HUBEI, "2026-12-06"), "en");
    expect(en).toContain("no public source confirms it still runs from 1 January 2026");
    expect(en).toContain("if still in force: 5000 yuan once");
  });

  it("stays ineligible past the horizon when a condition fails anyway", () => {
    const yaml = HUBEI.replace("povertyAlleviated: true", "povertyAlleviated: false");
    const r = json(run("hubei.startup-subsidy", yaml, "2026-12-06"));
    expect(r?.status).toBe("ineligible");
  });

  it("lists other missing facts beside the horizon, with no amount", () => {
    const yaml = HUBEI.replace("licenseDate: 2021-09-01, ", "");
    const r = json(run("hubei.startup-subsidy", yaml, "2026-12-06"));
    expect(r?.status).toBe("undetermined");
    expect(r?.missing).toEqual(["business.licenseDate"]);
    expect(r?.lawUnknown?.amountIfInForce).toBeUndefined();
  });

  it("is the same in the lean path a batch uses", () => {
    const program = rules.programs.get("hubei.startup-subsidy");
    if (!program) throw new Error("hubei.startup-subsidy");
    const lean = leanEvaluator(program)(profileOf(HUBEI), asOfDate("2026-01-01") as AsOf);
    expect(lean.status).toBe("undetermined");
    expect(lean.amount).toBeNull();
  });
});

describe("Hefei's 办法 past Anhui's default five-year validity (horizon 2026-12-01)", () => {
  const HEFEI = `
person: { birthDate: 1990-01-01, sex: female, hukouRegion: "340104", fullCivilCapacity: true }
pension: { region: "340104", asIndividual: true, continuousMonths: 14 }
providentFund: { base: 5000, ratio: 0.07 }
`;
  it("on 2026-11-30 pays in 700 a month; on 2026-12-01 only if the 办法 still runs", () => {
    // 5000 × 7% = 350 → 350 (四舍五入进元) → × 2 = 700
    const before = json(run("hefei.provident-fund", HEFEI, "2026-11-30"));
    expect(before).toMatchObject({ status: "eligible", amount: { value: 700 } });
    expect(before?.lawUnknown).toBeUndefined();
    const on = json(run("hefei.provident-fund", HEFEI, "2026-12-01"));
    expect(on).toMatchObject({ status: "undetermined", amount: null, missing: [] });
    expect(on?.lawUnknown).toMatchObject({ from: "2026-12-01", amountIfInForce: { value: 700 } });
  });
});
