// Issue 6 (fidelity to the law): what the result carries beyond status — priority, caveats, exclusions,
// schedules, stated assumptions — in the engine and in every format.

import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/cli/render/html.js";
import { renderMarkdown } from "../../src/cli/render/markdown.js";
import { renderPlainText } from "../../src/cli/render/plainText.js";
import { renderTable } from "../../src/cli/render/table.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import type { Evaluation } from "../../src/engine/result.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import type { Profile } from "../../src/profile/profile.js";
import { loadRuleFile, loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

const rules = loadRules();
const plain = new Chalk({ level: 0 });

function on(date: string): AsOf {
  return asOfDate(date) as AsOf;
}

function profile(yaml: string): Profile {
  const { profile: p, diagnostics } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  if (!p) throw new Error(JSON.stringify(diagnostics));
  return p;
}

function run(ids: string[], yaml: string, date: string): Evaluation {
  const programs = ids.map((id) => rules.programs.get(id)).filter((p) => p !== undefined);
  return evaluate(programs, profile(yaml), on(date));
}

const json = (e: Evaluation, lang: "zh" | "en" = "en") => evaluationToJson(e, rules.fields, lang);
const table = (e: Evaluation, lang: "zh" | "en" = "zh") =>
  renderTable(e, { lang, color: plain, catalogue: rules.fields, width: 200 });
const markdown = (e: Evaluation, lang: "zh" | "en" = "zh") =>
  renderMarkdown(e, { lang, catalogue: rules.fields });
const plainText = (e: Evaluation, lang: "zh" | "en" = "zh") =>
  renderPlainText(e, { lang, color: plain, catalogue: rules.fields, width: 200 });

const MIGRANT = `
person: { migrantWorker: true, employmentStatus: unemployed, birthDate: 1985-05-20, sex: male }
unemployment: { insuredRegion: "640121", unemployedSince: 2021-01-01, firstInsuredDate: 2019-06-01, contributionMonths: 8, involuntary: true,
  registered: true, benefitExhausted: false, livingSubsidyReceived: false, receivingOtherPayment: false }
`;

describe("JSON amount keeps what is known (§11)", () => {
  it("an unpublished monthly value: value null, per, months and the note stay", () => {
    const [r] = json(run(["ningxia.migrant-living-subsidy"], MIGRANT, "2020-09-01")).results;
    expect(r?.status).toBe("eligible");
    expect(r?.amount).toMatchObject({ value: null, currency: "CNY", per: "month", months: 3, total: null });
    expect(r?.amount?.amountNote).toContain("not published");
  });

  it("a value unknown for want of a county code: value null, months 6", () => {
    const yaml = MIGRANT.replace('"640121"', '"640100"');
    const [r] = json(run(["ningxia.unemployment-subsidy"], yaml, "2021-09-01")).results;
    expect(r?.amount).toMatchObject({ value: null, per: "month", months: 6, total: null });
    expect(r?.missing).toEqual(["unemployment.insuredRegion"]);
    expect(r?.amount?.steps.join("\n")).toContain("wageClass: no value for “640100”");
    expect(r?.amount?.notes?.[0]).toContain("a county-level code within it is needed");
  });
});

describe("payment schedule (§9): each month at the standard in force that month", () => {
  it("class 2, 80 %, from 2021-08: 1123.2 then 5 × 1324.8 = 7747.2 (PRODUCT §5)", () => {
    const e = run(["ningxia.unemployment-subsidy"], MIGRANT, "2021-08-01");
    const [r] = json(e).results;
    expect(r?.amount?.value).toBe(1123.2);
    expect(r?.amount?.total).toBe(7747.2);
    expect(r?.amount?.schedule).toEqual([
      { month: "2021-08", value: 1123.2 },
      ...["2021-09", "2021-10", "2021-11", "2021-12", "2022-01"].map((month) => ({ month, value: 1324.8 })),
    ]);
    expect(r?.amount?.steps).toContain("1123.2 × 1 (2021-08) + 1324.8 × 5 (2021-09…2022-01) = 7747.2");
    expect(table(e, "en")).toContain("2021-08 1123.2 → 2021-09 1324.8");
    expect(markdown(e)).toContain("| 2021年8月 | 1123.2元 |\n| 2021年9月 | 1324.8元 |");
    expect(plainText(e)).toContain("2021年8月 1123.2元；2021年9月 1324.8元");
  });

  it("a schedule that does not change says nothing more than the total", () => {
    const e = run(
      ["ningxia.unemployment-subsidy"],
      MIGRANT.replace("2021-01-01", "2022-01-01"),
      "2022-01-01",
    );
    expect(json(e).results[0]?.amount?.total).toBe(7948.8);
    expect(table(e, "en")).not.toContain("month by month");
  });
});

describe("priority is not eligibility (§5)", () => {
  const post = (cannotWorkAway: string) => `
person: { povertyAlleviated: true, ${cannotWorkAway} noOtherSupport: true, ableForPost: true }
welfarePost: { region: "420100", urbanPostSubsidy: 1800 }
`;

  it.each([
    ["cannotWorkAway: true,", true],
    ["cannotWorkAway: false,", false],
    ["", null],
  ])("%s → eligible, priority %s, in every format", (field, priority) => {
    const e = run(["hubei.rural-welfare-post"], post(field), "2022-03-01");
    const [r] = json(e).results;
    expect(r?.status).toBe("eligible");
    expect(r?.priority?.result).toBe(priority);
    expect(r?.priority?.conditions.map((c) => c.id)).toEqual([
      "cannot-work-away",
      "no-other-support",
      "able-for-post",
    ]);
    expect(r?.missing).toEqual([]);
    if (priority === null) expect(r?.priority?.missing).toEqual(["person.cannotWorkAway"]);
    const word = priority === true ? "是" : priority === false ? "否" : "未知";
    expect(table(e)).toContain(`优先安置: ${word}`);
    const plainWord =
      priority === true ? "属于优先对象" : priority === false ? "不属于优先对象" : "是否优先尚待确认";
    expect(markdown(e)).toContain(`优先：${plainWord}`);
    expect(plainText(e)).toContain(`优先：${plainWord}`);
  });
});

describe("caveats on unconfirmed grounds (§6)", () => {
  const person = (categories: string) =>
    `person: { employmentStatus: unemployed, hukouRegion: "320703", employmentDifficulty: [${categories}], birthDate: 1985-06-15, sex: male }
unemployment: { registered: true }`;

  it("a category the source does not confirm carries a caveat in every format", () => {
    // On the day the source confirms the programme, so that no currency caveat joins this one.
    const e = run(["lianyungang.welfare-post"], person("released-prisoner"), "2021-08-25");
    const [r] = json(e, "zh").results;
    expect(r?.status).toBe("eligible");
    expect(r?.caveats?.map((c) => c.id)).toEqual(["unconfirmed-category"]);
    expect(r?.caveats?.[0]?.text).toContain("请经办人员核实");
    expect(r?.caveats?.[0]?.en).toContain("caseworker must confirm");
    expect(table(e)).toContain("须经办人员核实");
    expect(markdown(e)).toContain("须经办人员核实");
    expect(plainText(e)).toContain("请经办人员核实");
  });

  it("a confirmed category alongside needs no caveat", () => {
    const e = run(["lianyungang.welfare-post"], person("released-prisoner, disabled"), "2021-08-25");
    expect(json(e).results[0]?.caveats).toBeUndefined();
  });
});

describe("once only, not together (§7)", () => {
  it("two eligible programs that cannot both be paid name each other", () => {
    const e = run(["ningxia.migrant-living-subsidy", "ningxia.unemployment-subsidy"], MIGRANT, "2020-09-01");
    const out = json(e, "zh");
    expect(out.results.map((r) => [r.status, r.exclusions?.map((x) => x.program)])).toEqual([
      ["eligible", ["ningxia.unemployment-subsidy"]],
      ["eligible", ["ningxia.migrant-living-subsidy"]],
    ]);
    expect(out.results[0]?.exclusions?.[0]?.text).toBe("不得与「宁夏失业补助金」同时享受，只能选择其一");
    expect(table(e)).toContain("不得同时享受");
    expect(markdown(e)).toContain("不得与「宁夏失业补助金」同时享受");
    expect(plainText(e)).toContain("不得与「宁夏失业补助金」同时享受");
  });
});

describe("stated assumptions instead of silent defaults (§2)", () => {
  const hefei = (person: string) => `
person: { ${person}, hukouRegion: "340104", fullCivilCapacity: true }
pension: { region: "340104", asIndividual: true, continuousMonths: 14 }
providentFund: { base: 5000, ratio: 0.07 }
`;

  it("a man's retirement line shows neither the women's 55 nor the assumption", () => {
    const e = run(["hefei.provident-fund"], hefei("birthDate: 1965-03-01, sex: male"), "2022-06-01");
    const line = json(e).results[0]?.conditions.find((c) => c.id === "below-retirement-age");
    expect(line?.explain).toContain("retirementDate(1965-03-01, male) = 2025-04-01");
    expect(line?.explain).not.toMatch(/55/);
    expect(line?.assumed).toBeUndefined();
  });

  it("a woman who did not give her original age: the sentence says 55 was assumed", () => {
    const e = run(["hefei.provident-fund"], hefei("birthDate: 1990-01-01, sex: female"), "2022-06-01");
    const line = json(e, "zh").results[0]?.conditions.find((c) => c.id === "below-retirement-age");
    expect(line?.assumed).toContain("55周岁");
    expect(line?.explain).toMatch(
      /^未达法定退休年龄（按2025年渐进式延迟退休办法计算）（未申报原法定退休年龄/,
    );
  });

  it("given her original age, nothing is assumed", () => {
    const e = run(
      ["hefei.provident-fund"],
      hefei("birthDate: 1990-01-01, sex: female, originalRetirementAge: 50"),
      "2022-06-01",
    );
    expect(
      json(e).results[0]?.conditions.find((c) => c.id === "below-retirement-age")?.assumed,
    ).toBeUndefined();
  });
});

describe("butie check: defaults and internal sources (§2, §12)", () => {
  const rule = (condition: string, ref = "measures") => `id: test.sample
title: { zh: 样例, en: Sample }
subject: person
jurisdiction: { field: person.hukouRegion, code: "340100" }
inForce: { from: 2021-01-01 }
sources:
  - { id: measures, title: Measures, quote: Some text. }
parameters:
  minimumAge:
    label: { zh: 最低年龄, en: Minimum age }
    values:
      2021-01-01: { value: 18, ref: ${ref} }
conditions:
${condition}
`;
  const load = (condition: string, ref?: string) =>
    loadRuleFile("rules/test/sample.yaml", rules.fields, rule(condition, ref)).diagnostics;

  it("warns on a `??` default of a profile field whose assumption is not stated", () => {
    const d = load(`  - id: adult
    test: (addYears(person.birthDate, minimumAge) <= asOf) ?? person.povertyAlleviated ?? true
    text: { zh: 成年, en: Adult }
    source: measures`);
    expect(d.map((x) => [x.code, x.severity])).toEqual([["rule/unstated-default", "warning"]]);
    expect(d[0]?.message).toContain("person.birthDate");
  });

  it("warns on one in an amount, where nothing can be stated", () => {
    const text = `${rule(`  - id: adult
    test: addYears(person.birthDate, minimumAge) <= asOf
    text: { zh: 成年, en: Adult }
    source: measures`)}amount:
  per: once
  value: (training.subsidyStandard ?? 1000) * 1
`;
    const d = loadRuleFile("rules/test/sample.yaml", rules.fields, text).diagnostics;
    expect(d.map((x) => [x.code, x.severity])).toEqual([["rule/unstated-default", "warning"]]);
  });

  it("accepts it with `assumes:`", () => {
    const d = load(`  - id: adult
    test: (addYears(person.birthDate, minimumAge) <= asOf) ?? true
    text: { zh: 成年, en: Adult }
    assumes: { zh: 未填出生日期时按成年计, en: taken as adult when no birth date is given }
    source: measures`);
    expect(d).toEqual([]);
  });

  it("an internal file as a reference is an error", () => {
    const d = load(
      `  - id: adult
    test: addYears(person.birthDate, minimumAge) <= asOf
    text: { zh: 成年, en: Adult }
    source: measures`,
      '"see shared/spec/POLICY.md"',
    );
    expect(d.map((x) => x.code)).toContain("rule/internal-source");
  });
});

describe("case.reference (the caseworker's file number)", () => {
  const withRef = (ref: string) => `case: { reference: ${JSON.stringify(ref)} }\n${MIGRANT}`;

  it("is printed in every format, and nothing personal is", () => {
    const e = run(["ningxia.unemployment-subsidy"], withRef("NX-2021-0815"), "2021-09-01");
    expect(json(e).reference).toBe("NX-2021-0815");
    expect(table(e)).toContain("经办档案编号: NX-2021-0815");
    expect(markdown(e, "en")).toContain("Case file number: NX-2021-0815");
    expect(renderHtmlReport(e, { lang: "zh", catalogue: rules.fields })).toContain("NX-2021-0815");
  });

  it.each([
    ["x".repeat(41), "profile/range"],
    ["11010519491231002X", "profile/id-number"],
  ])("%s is refused (%s)", (ref, code) => {
    const { diagnostics } = readProfile(new YamlSource("p.yaml", withRef(ref)), rules.fields);
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(JSON.stringify(diagnostics)).not.toContain("11010519491231002X");
  });
});

describe("大龄续发 (§8): the period runs to the retirement month when it would end less than a year before", () => {
  const man = (birthDate: string) => `
person: { employmentStatus: unemployed, receivingBasicPension: false, birthDate: ${birthDate}, sex: male }
unemployment: { insuredRegion: "640104", contributionMonths: 36, involuntary: true, registered: true, benefitExhausted: false }
`;

  it("born 1965-03-15 (retires 2025-04-15 under the reform), from 2023-05: 24 months, said in JSON and table", () => {
    const e = run(["ningxia.unemployment-benefit"], man("1965-03-15"), "2023-05-01");
    const [r] = json(e).results;
    // The standard is unknown from 2023-09-01 (a minimum wage re-set within two years): the total is too.
    expect(r?.amount).toMatchObject({ value: 1755, months: 24, total: null });
    expect(r?.amount?.continued).toContain("paid through the month of that date");
    expect(r?.amount?.schedule?.at(-1)).toEqual({ month: "2025-04", value: null });
    expect(r?.amount?.values).toHaveProperty("person.birthDate", "1965-03-15");
    expect(table(e)).toContain("继续发放至法定退休年龄当月");
  });

  it("born 1975-03-15, from 2023-05: retirement is far off, 12 months", () => {
    const [r] = json(run(["ningxia.unemployment-benefit"], man("1975-03-15"), "2023-05-01")).results;
    expect(r?.amount).toMatchObject({ months: 12, total: null });
    expect(r?.amount?.continued).toBeUndefined();
  });
});
