import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderPlainText } from "../../src/cli/render/plainText.js";
import { caseReport } from "../../src/cli/render/report.js";
import { renderTable } from "../../src/cli/render/table.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import type { Evaluation } from "../../src/engine/result.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// Past a program's horizon nothing can be supplied: the label says the law is unconfirmed, not "needs information".
const rules = loadRules();
const plain = new Chalk({ level: 0 });
const HUBEI = `
person: { povertyAlleviated: true }
business: { region: "420102", kind: individual-business, licenseDate: 2021-09-01, operatingNormally: true, returnedHome: true, startupSubsidyReceived: false }
`;

function run(yaml: string, date: string): Evaluation {
  const { profile } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  const program = rules.programs.get("hubei.startup-subsidy");
  if (!profile || !program) throw new Error("setup");
  return evaluate([program], profile, asOfDate(date) as AsOf);
}

describe("the status label of a result undetermined only because the law is unknown", () => {
  const past = run(HUBEI, "2026-12-06");
  it("reads 政策待确认 in the plain table and heading", () => {
    const text = renderPlainText(past, { lang: "zh", color: plain, catalogue: rules.fields, width: 120 });
    expect(text).toContain("? 政策待确认");
    expect(text).not.toContain("需补充信息");
  });
  it("reads 'Law unconfirmed' in English and in the --trace table", () => {
    const text = renderTable(past, { lang: "en", color: plain, catalogue: rules.fields, width: 120 });
    expect(text).toContain("? Law unconfirmed");
    expect(text).not.toContain("Needs information");
  });
  it("reads 政策待确认 in the case report", () => {
    const report = caseReport(past, { lang: "zh", catalogue: rules.fields, printedOn: "2026-12-06" });
    expect(report.programs[0]?.statusText).toBe("政策待确认");
  });
  it("still reads 需补充信息 when a fact is missing too", () => {
    const open = run(HUBEI.replace("operatingNormally: true, ", ""), "2026-12-06");
    const text = renderPlainText(open, { lang: "zh", color: plain, catalogue: rules.fields, width: 120 });
    expect(text).toContain("? 需补充信息");
  });
});

describe("the batch summary counts the rows undetermined only because the law is unknown apart", () => {
  it("says 政策待确认 1, not 需补充信息 1, for a row past the horizon", async () => {
    const { TallyBuilder } = await import("../../src/batch/tally.js");
    const { summaryText } = await import("../../src/batch/report.js");
    const b = new TallyBuilder();
    b.rows = 2;
    // The evaluator's reason past the horizon (Hubei's transition period ended 2025-12-31).
    const lawUnknown = { from: "2026-01-01", why: { zh: "过渡期结束", en: "transition ended" }, ref: "r" };
    const pastHorizon = {
      status: "undetermined" as const,
      value: null,
      total: null,
      missing: [],
      lawUnknown,
    };
    const needsFact = { ...pastHorizon, missing: ["business.operatingNormally"] };
    b.add("hubei.startup-subsidy", pastHorizon);
    b.add("hubei.startup-subsidy", needsFact);
    const text = summaryText(b.toJSON(), "zh", 200, { asOf: "2026-12-06", titles: new Map() });
    expect(text).toContain("需补充信息 1");
    expect(text).toContain("政策待确认 1");
    // Its amount is in no total, and the total says so.
    expect(text).toContain("政策待确认的 1 条不计入总额");
  });
});

describe("the CSV and Excel status column of a row undetermined only because the law is unknown", () => {
  it("reads 政策待确认 there too, and 需补充信息 when a fact is missing", async () => {
    const { recordCells } = await import("../../src/batch/records.js");
    const words = {
      lang: "zh" as const,
      asOf: "2026-12-06",
      titles: new Map(),
      fieldLabel: (p: string) => p,
    };
    const pastHorizon = {
      status: "undetermined" as const,
      value: null,
      total: null,
      missing: [] as string[],
      lawUnknown: { from: "2026-01-01", why: { zh: "过渡期结束", en: "transition ended" }, ref: "r" },
    };
    const needsFact = { ...pastHorizon, missing: ["business.operatingNormally"] };
    const cells = (o: typeof pastHorizon) =>
      recordCells(
        { row: 2, results: new Map([["hubei.startup-subsidy", o]]) },
        ["hubei.startup-subsidy"],
        words,
      );
    expect(cells(pastHorizon)[5]).toBe("政策待确认");
    expect(cells(needsFact)[5]).toBe("需补充信息");
  });
});
