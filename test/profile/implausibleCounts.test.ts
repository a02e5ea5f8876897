import { describe, expect, it } from "vitest";
import { diagnosticJson } from "../../src/diagnostics.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

const { fields: catalogue } = loadRules();
const read = (text: string) => readProfile(new YamlSource("p.yaml", text), catalogue);

// A count no working life holds is a slip — an ID number in a shifted column, 1,200 for 120 — never the longest
// entitlement (inputs #4); a base under one yuan is no base (law F2).
describe("facts no person can have are refused, not read", () => {
  it.each([
    ['unemployment: { contributionMonths: "640121198805200038" }', "unemployment.contributionMonths"],
    ["unemployment: { contributionMonths: 1200 }", "unemployment.contributionMonths"],
    ["unemployment: { contributionMonths: 601 }", "unemployment.contributionMonths"],
    ["pension: { continuousMonths: 1200 }", "pension.continuousMonths"],
    ["providentFund: { base: 0 }", "providentFund.base"],
    ["providentFund: { base: 0.5 }", "providentFund.base"],
  ])("%s", (text, field) => {
    const { diagnostics } = read(text);
    expect(diagnostics.map((d) => [d.code, diagnosticJson(d, "en").message.includes(field)])).toContainEqual([
      "profile/range",
      true,
    ]);
  });
  it("reads the largest counts a working life holds", () => {
    const { diagnostics } = read(
      "unemployment: { contributionMonths: 600 }\npension: { continuousMonths: 480 }\n",
    );
    expect(diagnostics).toEqual([]);
  });
});
