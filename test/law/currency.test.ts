import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { staleValues } from "../../src/check/lints/staleValues.js";
import { renderPlainText } from "../../src/cli/render/plainText.js";
import { currencyCaveat, shortSourceName } from "../../src/engine/currency.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import type { Evaluation } from "../../src/engine/result.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRuleFile, loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// Issue 15: how current each value is — the currency caveat, a value past its known horizon, and the lint.
const rules = loadRules();
const plain = new Chalk({ level: 0 });

function run(id: string, yaml: string, date: string): Evaluation {
  const { profile, diagnostics } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  if (!profile) throw new Error(JSON.stringify(diagnostics));
  const program = rules.programs.get(id);
  if (!program) throw new Error(id);
  return evaluate([program], profile, asOfDate(date) as AsOf);
}
const json = (e: Evaluation, lang: "zh" | "en" = "en") => evaluationToJson(e, rules.fields, lang);
const text = (e: Evaluation, lang: "zh" | "en" = "zh") =>
  renderPlainText(e, { lang, color: plain, catalogue: rules.fields, width: 200 });

const NINGXIA = `
person: { employmentStatus: unemployed, receivingBasicPension: false, birthDate: 1990-03-03, sex: male }
unemployment: { insuredRegion: "640402", contributionMonths: 30, involuntary: true, registered: true, benefitExhausted: false }
`;
const HUBEI = `
person: { povertyAlleviated: true }
business: { region: "420100", kind: micro-enterprise, licenseDate: 2020-01-01, operatingNormally: true, returnedHome: false, startupSubsidyReceived: false }
`;

describe("a value past its known horizon (a standard tied to a minimum wage re-set within two years)", () => {
  it("on 2026-12-06 the Ningxia benefit is unknown, with the last known 1575 from 2021-09-01, in JSON and words", () => {
    const e = run("ningxia.unemployment-benefit", NINGXIA, "2026-12-06");
    const [r] = json(e).results;
    expect(r?.status).toBe("eligible");
    expect(r?.amount).toMatchObject({ value: null, months: 12, total: null });
    expect(r?.amount?.amountNote).toContain("last known 1575 yuan/month (from 1 September 2021)");
    const currency = r?.caveats?.find((c) => c.id === "currency");
    expect(currency?.currency).toContainEqual({
      parameter: "benefitStandard",
      since: "2021-09-01",
      confirmedOn: "2021-09-24",
      ref: "ningxia-standard-2021",
      unknownFrom: "2023-09-01",
    });
    expect(text(e)).toContain("最后已知为 1575 元/月（2021年9月1日起）");
    // One short line per group, dates in words, the source by its short name.
    expect(text(e)).toContain(
      "· 失业保险金月标准（按地区类别）：来源确认至2021年9月24日（《9月起宁夏回族自治区调整失业保险金标准及失业补助金标准》），2023年9月1日起未知",
    );
  });

  it("on 2023-08-31 the standard is still known: 1575 a month; the months after the horizon are not", () => {
    const [r] = json(run("ningxia.unemployment-benefit", NINGXIA, "2023-08-31")).results;
    // 2023-08 at 1575, 2023-09 … 2024-07 unknown: the total is unknown.
    expect(r?.amount).toMatchObject({ value: 1575, months: 12, total: null });
    expect(r?.amount?.schedule?.[1]).toEqual({ month: "2023-09", value: null });
  });
});

describe("the currency caveat", () => {
  it("is absent on the day the source confirms the value, present the day after", () => {
    const on = json(run("hubei.startup-subsidy", HUBEI, "2021-08-26")).results[0];
    expect(on?.caveats?.map((c) => c.id) ?? []).not.toContain("currency");
    const after = json(run("hubei.startup-subsidy", HUBEI, "2021-08-27")).results[0];
    const c = after?.caveats?.find((k) => k.id === "currency");
    expect(c?.currency).toContainEqual({ since: "2021-08-26", confirmedOn: "2021-08-26", ref: "hubei-12" });
    expect(c?.zh).toContain("来源确认至2021年8月26日（湖北12条）");
    expect(c?.en).toContain("confirmed up to 26 August 2021 (湖北12条)");
  });

  it("names Hubei's horizon (the transition period ended 2025-12-31) from 2026-01-01, not before", () => {
    const before = json(run("hubei.startup-subsidy", HUBEI, "2025-12-31")).results[0];
    const term = (r: typeof before) => r?.caveats?.find((c) => c.id === "currency")?.currency?.[0];
    expect(term(before)?.unknownFrom).toBeUndefined();
    const after = json(run("hubei.startup-subsidy", HUBEI, "2026-01-01")).results[0];
    expect(term(after)).toMatchObject({ since: "2021-08-26", unknownFrom: "2026-01-01" });
    expect(after?.caveats?.find((c) => c.id === "currency")?.en).toContain("unknown from 1 January 2026");
    expect(after?.conditions.find((c) => c.id === "in-force")?.explain).toContain("transition period");
  });

  it("is not given on an ineligible result", () => {
    const yaml = HUBEI.replace("povertyAlleviated: true", "povertyAlleviated: false");
    expect(json(run("hubei.startup-subsidy", yaml, "2026-12-06")).results[0]?.caveats).toBeUndefined();
  });
});

describe("rule/stale-value (BUTIE_STALE_YEARS)", () => {
  const loaded = loadRuleFile("rules/hubei/startup-subsidy.yaml", rules.fields);
  const checked = loaded.checked;
  if (!checked) throw new Error("startup-subsidy did not compile");

  it("is off unless a number of years is stated", () => {
    expect(staleValues(checked, undefined)).toEqual([]);
  });

  it("warns on values last confirmed more than the stated years ago, and not within them", () => {
    const today = new Date("2026-12-06T00:00:00Z");
    const stale = staleValues(checked, 5, today);
    expect(stale.map((d) => d.message)).toContain(
      "the program's term (inForce) was last confirmed by a source on 2021-08-26, more than 5 years ago: reconfirm it or update it with a newer source",
    );
    expect(stale.every((d) => d.severity === "warning")).toBe(true);
    // 2021-08-26 + 5 years = 2026-08-26: on 2026-08-26 the value is exactly 5 years old, not more.
    expect(staleValues(checked, 5, new Date("2026-08-26T00:00:00Z"))).toEqual([]);
  });
});

describe("the currency caveat's sentence", () => {
  const program = rules.programs.get("hubei.startup-subsidy");
  if (!program) throw new Error("hubei.startup-subsidy");

  it("is built once per program and period (a batch asks for the same period on every row)", () => {
    const first = currencyCaveat(program, "2026-12-06", "2026-12-06");
    expect(first).toBeDefined();
    expect(currencyCaveat(program, "2026-12-06", "2026-12-06")).toBe(first);
    expect(currencyCaveat(program, "2026-12-07", "2026-12-07")).not.toBe(first);
  });

  it("gives dates in words, never ISO, in both languages", () => {
    const c = currencyCaveat(program, "2026-12-06", "2026-12-06");
    expect(c?.text.zh).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(c?.text.en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(c?.text.zh).toContain("2021年8月26日");
    expect(c?.text.en).toContain("26 August 2021");
  });

  it("names a source as people cite it", () => {
    expect(shortSourceName("湖北省人社厅等五部门《关于…的通知》（湖北12条），人民网湖北 2021-08-26")).toBe(
      "湖北12条",
    );
    expect(
      shortSourceName("人社部 财政部《关于…的通知》（人社部发〔2022〕23号，成文2022-04-25；转载）"),
    ).toBe("人社部发〔2022〕23号");
    expect(shortSourceName("中工网 2021-09-24《9月起宁夏调整失业保险金标准》")).toBe(
      "《9月起宁夏调整失业保险金标准》",
    );
    expect(shortSourceName("天津市人力资源和社会保障局 政策问答（2025-01-06）：…")).toBe(
      "天津市人力资源和社会保障局 政策问答",
    );
  });
});
