import { readFileSync } from "node:fs";
import Big from "big.js";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ProgramResult } from "../../src/engine/result.js";
import { amountSteps } from "../../src/explain/notation.js";
import type { Value } from "../../src/expr/values.js";
import { parseIsoDate } from "../../src/expr/values.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { type Profile, profileOf } from "../../src/profile/profile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

const rules = loadRules();

function on(date: string): AsOf {
  const asOf = asOfDate(date);
  if (!asOf) throw new Error(`bad date ${date}`);
  return asOf;
}

function day(iso: string): Date {
  return parseIsoDate(iso) as Date;
}

function evaluateOn(programId: string, profile: Profile, date: string): ProgramResult {
  const program = rules.programs.get(programId);
  if (!program) throw new Error(`no program ${programId}`);
  return evaluateProgram(program, profile, on(date));
}

function exampleProfile(name: string): Profile {
  const file = new URL(`../../examples/${name}`, import.meta.url);
  const { profile, diagnostics } = readProfile(
    new YamlSource(name, readFileSync(file, "utf8")),
    rules.fields,
  );
  if (!profile) throw new Error(JSON.stringify(diagnostics));
  return profile;
}

const failedIds = (r: ProgramResult) => r.conditions.filter((c) => c.result === false).map((c) => c.id);
const resultOf = (r: ProgramResult, id: string) => r.conditions.find((c) => c.id === id)?.result;

/** Drop some fields from a profile and set others. */
function variant(base: Record<string, Value>, changes: Record<string, Value | undefined>): Profile {
  const fields = { ...base };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete fields[k];
    else fields[k] = v;
  }
  return profileOf(fields);
}

describe("hefei.provident-fund", () => {
  // A Hefei freelancer, as in examples/hefei-provident-fund.yaml.
  const freelancer: Record<string, Value> = {
    "person.birthDate": day("1990-01-01"),
    "person.sex": "female",
    "person.hukouRegion": "340104",
    "person.fullCivilCapacity": true,
    "pension.region": "340104",
    "pension.asIndividual": true,
    "pension.continuousMonths": new Big(14),
    "providentFund.base": new Big(3333),
    "providentFund.ratio": new Big("0.05"),
  };

  it("base 3333 at 5% deposits 334 a month: (3333 × 5% = 166.65 → 167) × 2", () => {
    const r = evaluateOn("hefei.provident-fund", exampleProfile("hefei-provident-fund.yaml"), "2022-03-01");
    expect(r.status).toBe("eligible");
    expect(r.amount?.value?.toString()).toBe("334");
    expect(r.amount?.per).toBe("month");
    expect(r.amount && amountSteps(r.amount, "en")).toEqual([
      "3333 × 5% = 166.65",
      "166.65 → 167 (half-up, 0 dp)",
      "167 × 2 = 334",
    ]);
    expect(r.missing).toEqual([]);
    expect(r.conditions.map((c) => [c.id, c.result])).toEqual([
      ["in-jurisdiction", true],
      ["adult", true],
      ["below-retirement-age", true],
      ["full-civil-capacity", true],
      ["pension-in-hefei", true],
      ["pension-as-individual", true],
      ["pension-one-year", true],
      ["ratio-in-range", true],
    ]);
  });

  it.each([
    [3333, "0.05", "334"], // 166.65 → 167
    [3330, "0.05", "334"], // 166.5 → 167: half up
    [3329, "0.05", "332"], // 166.45 → 166
    [5000, "0.07", "700"],
    [5000, "0.12", "1200"],
  ])("base %i at ratio %s deposits %s a month", (base, ratio, deposit) => {
    const profile = variant(freelancer, {
      "providentFund.base": new Big(base),
      "providentFund.ratio": new Big(ratio),
    });
    expect(evaluateOn("hefei.provident-fund", profile, "2022-03-01").amount?.value?.toString()).toBe(deposit);
  });

  it.each([
    ["0.04", "ineligible"],
    ["0.05", "eligible"],
    ["0.12", "eligible"],
    ["0.13", "ineligible"],
  ])("a ratio of %s is %s (5%–12% inclusive)", (ratio, status) => {
    const r = evaluateOn(
      "hefei.provident-fund",
      variant(freelancer, { "providentFund.ratio": new Big(ratio) }),
      "2022-03-01",
    );
    expect(r.status).toBe(status);
    if (status === "ineligible") expect(failedIds(r)).toEqual(["ratio-in-range"]);
  });

  it.each([
    ["2004-03-01", "eligible"],
    ["2004-03-02", "ineligible"],
  ])("born %s: is 18 on 2022-03-01? %s (the birthday itself counts)", (birth, status) => {
    const r = evaluateOn(
      "hefei.provident-fund",
      variant(freelancer, { "person.birthDate": day(birth) }),
      "2022-03-01",
    );
    expect(r.status).toBe(status);
  });

  it("a woman born 1967-03-01 reaches 55 on 2022-03-01 and is no longer eligible; a man born that day is", () => {
    const woman = variant(freelancer, { "person.birthDate": day("1967-03-01") });
    const man = variant(freelancer, { "person.birthDate": day("1967-03-01"), "person.sex": "male" });
    expect(failedIds(evaluateOn("hefei.provident-fund", woman, "2022-03-01"))).toEqual([
      "below-retirement-age",
    ]);
    expect(evaluateOn("hefei.provident-fund", man, "2022-03-01").status).toBe("eligible");
  });

  it("a 32-year-old who does not state their sex is decided: every possible retirement date is years away", () => {
    const r = evaluateOn(
      "hefei.provident-fund",
      variant(freelancer, { "person.sex": undefined }),
      "2022-03-01",
    );
    expect(r.status).toBe("eligible");
    expect(r.missing).toEqual([]);
    expect(resultOf(r, "below-retirement-age")).toBe(true);
  });

  it("with only the birth date missing, it is undetermined and asks for exactly that", () => {
    const r = evaluateOn(
      "hefei.provident-fund",
      variant(freelancer, { "person.birthDate": undefined }),
      "2022-03-01",
    );
    expect(r.status).toBe("undetermined");
    expect(r.missing).toEqual(["person.birthDate"]);
    expect(r.amount).toBeNull();
    expect(resultOf(r, "adult")).toBeNull();
    expect(resultOf(r, "below-retirement-age")).toBeNull();
  });

  it("a false condition decides ineligible even when another depends on a missing field", () => {
    const profile = variant(freelancer, { "person.birthDate": undefined, "pension.asIndividual": false });
    const r = evaluateOn("hefei.provident-fund", profile, "2022-03-01");
    expect(r.status).toBe("ineligible");
    expect(r.missing).toEqual([]);
    expect(failedIds(r)).toEqual(["pension-as-individual"]);
    expect(resultOf(r, "adult")).toBeNull();
  });

  it("the explanation shows the values each condition saw and the parameters with their dates", () => {
    const r = evaluateOn("hefei.provident-fund", profileOf(freelancer), "2022-03-01");
    const pension = r.conditions.find((c) => c.id === "pension-one-year");
    expect(pension?.seen).toEqual([{ field: "pension.continuousMonths", value: new Big(14) }]);
    expect(pension?.parameters.map((p) => [p.name, p.value.toString(), p.since, p.ref])).toEqual([
      ["minimumPensionMonths", "12", "2021-12-01", "hefei-measures"],
    ]);
  });

  it.each([
    ["not-in-force", freelancer, "2021-11-30"],
    ["outside-jurisdiction", { ...freelancer, "person.hukouRegion": "320703" }, "2022-03-01"],
  ])("is not applicable: %s", (reason, fields, date) => {
    const r = evaluateOn("hefei.provident-fund", profileOf(fields), date);
    expect(r.status).toBe("not-applicable");
    expect(r.reason).toBe(reason);
    expect(r.amount).toBeNull();
    expect(r.missing).toEqual([]);
  });

  it("a profile with the person section but no hukou region is undetermined for want of it", () => {
    const r = evaluateOn(
      "hefei.provident-fund",
      variant(freelancer, { "person.hukouRegion": undefined }),
      "2022-03-01",
    );
    expect(r.status).toBe("undetermined");
    expect(r.missing).toEqual(["person.hukouRegion"]);
    expect(resultOf(r, "in-jurisdiction")).toBeNull();
  });
});

describe("ningxia.unemployment-subsidy", () => {
  // Insured in 永宁县 (640121, a class-2 county), 8 months of contributions, benefit not exhausted.
  const insured: Record<string, Value> = {
    "person.employmentStatus": "unemployed",
    "person.birthDate": day("1985-05-20"),
    "person.sex": "male",
    "unemployment.insuredRegion": "640121",
    "unemployment.firstInsuredDate": day("2020-12-01"),
    // 2021 and 2022 cover only spells that began in that year (人社部发〔2021〕29号, 〔2022〕23号).
    "unemployment.unemployedSince": day("2021-01-01"),
    "unemployment.contributionMonths": new Big(8),
    "unemployment.involuntary": true,
    "unemployment.registered": true,
    "unemployment.benefitExhausted": false,
  };

  it("class-2 county, 8 months, on 2021-09-01: 1656 × 80% = 1324.8 a month for 6 months, 7948.8 in all", () => {
    const r = evaluateOn("ningxia.unemployment-subsidy", profileOf(insured), "2021-09-01");
    expect(r.status).toBe("eligible");
    expect(r.amount?.value).toBeInstanceOf(Big);
    expect(r.amount?.value?.toString()).toBe("1324.8");
    expect(r.amount?.months?.toString()).toBe("6");
    expect(r.amount?.total?.toString()).toBe("7948.8");
    expect(r.amount && amountSteps(r.amount, "en")).toContain("1656 × 80% = 1324.8");
    expect(r.amount?.case?.en).toBe("Higher tier");
  });

  it.each([
    ["640121", 8, "2021-08-31", "1123.2", "7747.2"], // August at 1404 × 80%, then 5 months at 1656 × 80%
    ["640121", 8, "2021-03-01", "1123.2", "6739.2"], // all six months before the September rise
    ["640121", 5, "2021-09-01", "828", "4968"], // under 6 months: 1656 × 50%
    ["640121", 6, "2021-09-01", "1324.8", "7948.8"], // 6 months inclusive: 80% tier
    ["640104", 8, "2022-03-01", "1404", "8424"], // class 1: 1755 × 80%
    ["640303", 8, "2022-03-01", "1260", "7560"], // class 3: 1575 × 80%
  ])("insured in %s with %i months, on %s: %s a month, %s in all", (region, months, date, value, total) => {
    const profile = profileOf({
      ...insured,
      "unemployment.insuredRegion": region,
      "unemployment.contributionMonths": new Big(months),
      "unemployment.unemployedSince": day(`${date.slice(0, 4)}-01-01`),
    });
    const r = evaluateOn("ningxia.unemployment-subsidy", profile, date);
    expect(r.status).toBe("eligible");
    expect(r.amount?.value?.toString()).toBe(value);
    expect(r.amount?.total?.toString()).toBe(total);
  });

  it("someone entitled to the unemployment benefit itself is not eligible for the subsidy", () => {
    const entitled = profileOf({ ...insured, "unemployment.contributionMonths": new Big(12) });
    const r = evaluateOn("ningxia.unemployment-subsidy", entitled, "2021-09-01");
    expect(r.status).toBe("ineligible");
    expect(failedIds(r)).toEqual(["not-entitled-to-benefit"]);
  });

  it("with under 6 months and no word on an exhausted benefit, it is eligible but the tier is not known", () => {
    const profile = variant(insured, {
      "unemployment.contributionMonths": new Big(5),
      "unemployment.benefitExhausted": undefined,
    });
    const r = evaluateOn("ningxia.unemployment-subsidy", profile, "2021-09-01");
    expect(r.status).toBe("eligible");
    expect(r.amount?.value).toBeNull();
    expect(r.missing).toEqual(["unemployment.benefitExhausted"]);
  });

  it("someone entitled to the benefit unless it is exhausted is undetermined until we know", () => {
    const profile = variant(insured, {
      "unemployment.contributionMonths": new Big(12),
      "unemployment.benefitExhausted": undefined,
    });
    const r = evaluateOn("ningxia.unemployment-subsidy", profile, "2021-09-01");
    expect(r.status).toBe("undetermined");
    expect(r.missing).toEqual(["unemployment.benefitExhausted"]);
  });

  it("an exhausted benefit qualifies whatever the months", () => {
    const exhausted = profileOf({
      ...insured,
      "unemployment.contributionMonths": new Big(30),
      "unemployment.benefitExhausted": true,
    });
    expect(
      evaluateOn("ningxia.unemployment-subsidy", exhausted, "2021-09-01").amount?.value?.toString(),
    ).toBe("1324.8");
  });

  it("is not in force after 2022-12-31", () => {
    const r = evaluateOn("ningxia.unemployment-subsidy", profileOf(insured), "2023-01-01");
    expect([r.status, r.reason]).toEqual(["not-applicable", "not-in-force"]);
  });
});

describe("hubei.startup-subsidy", () => {
  // A 脱贫人口 who came home to open an individual business in 武汉市江岸区.
  const founder: Record<string, Value> = {
    "person.povertyAlleviated": true,
    "business.region": "420102",
    "business.kind": "individual-business",
    "business.licenseDate": day("2021-09-01"),
    "business.operatingNormally": true,
    "business.returnedHome": true,
    "business.startupSubsidyReceived": false,
  };

  it.each([
    [true, "5000"],
    [false, "2000"],
  ])("returned home: %s → a one-off %s yuan", (returnedHome, amount) => {
    const r = evaluateOn(
      "hubei.startup-subsidy",
      profileOf({ ...founder, "business.returnedHome": returnedHome }),
      "2022-09-01",
    );
    expect(r.status).toBe("eligible");
    expect(r.amount?.value?.toString()).toBe(amount);
    expect(r.amount?.per).toBe("once");
  });

  it("stays eligible with no amount when only the amount depends on the missing field", () => {
    const r = evaluateOn(
      "hubei.startup-subsidy",
      variant(founder, { "business.returnedHome": undefined }),
      "2022-09-01",
    );
    expect(r.status).toBe("eligible");
    expect(r.amount?.value).toBeNull();
    expect(r.missing).toEqual(["business.returnedHome"]);
  });

  it.each([
    ["2022-09-01", "eligible"],
    ["2022-08-31", "ineligible"],
  ])("licensed 2021-09-01, on %s: %s (one year 以上 includes the anniversary)", (date, status) => {
    const r = evaluateOn("hubei.startup-subsidy", profileOf(founder), date);
    expect(r.status).toBe(status);
    if (status === "ineligible") expect(failedIds(r)).toEqual(["operated-one-year"]);
  });

  it("without the licence date it is undetermined, asking for it", () => {
    const r = evaluateOn(
      "hubei.startup-subsidy",
      variant(founder, { "business.licenseDate": undefined }),
      "2022-09-01",
    );
    expect(r.status).toBe("undetermined");
    expect(r.missing).toEqual(["business.licenseDate"]);
  });

  it.each([
    ["no-section", { "person.povertyAlleviated": true }],
    ["outside-jurisdiction", { ...founder, "business.region": "110101" }],
  ])("is not applicable: %s", (reason, fields) => {
    const r = evaluateOn("hubei.startup-subsidy", profileOf(fields), "2022-09-01");
    expect([r.status, r.reason]).toEqual(["not-applicable", reason]);
  });

  it("a business section without a region is undetermined, not not-applicable", () => {
    const r = evaluateOn(
      "hubei.startup-subsidy",
      variant(founder, { "business.region": undefined }),
      "2022-09-01",
    );
    expect(r.status).toBe("undetermined");
    expect(r.missing).toEqual(["business.region"]);
  });
});

describe("evaluate", () => {
  it("gives one result per program, on the as-of date", () => {
    const evaluation = evaluate(
      rules.programs.values(),
      exampleProfile("hefei-provident-fund.yaml"),
      on("2022-03-01"),
    );
    expect(evaluation.asOf).toBe("2022-03-01");
    const status = Object.fromEntries(evaluation.results.map((r) => [r.program.id, r.status]));
    expect(status["hefei.provident-fund"]).toBe("eligible");
    expect(status["hubei.startup-subsidy"]).toBe("not-applicable");
    expect(status["ningxia.unemployment-subsidy"]).toBe("not-applicable");
    expect(evaluation.results).toHaveLength(rules.programs.size);
  });
});
