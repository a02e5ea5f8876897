import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { progressOf } from "../../src/ask/openPrograms.js";
import { renderPlainText } from "../../src/cli/render/plainText.js";
import { leanEvaluator } from "../../src/compiled/leanProgram.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import type { Evaluation } from "../../src/engine/result.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { butie } from "../cli/memoryIo.js";

// law3 F2: past a program's horizon the amount "if still in force" is what a citizen came for: the facts it needs
// are `missing` like any other (PRODUCT §3), so `ask` asks them and the plain view names them; and a program that
// no answer can settle is counted as open (待定), never as decided in no bucket.
const rules = loadRules();
const plain = new Chalk({ level: 0 });

function profileOf(yaml: string) {
  const { profile, diagnostics } = readProfile(new YamlSource("p.yaml", yaml), rules.fields);
  if (!profile) throw new Error(JSON.stringify(diagnostics));
  return profile;
}
function programOf(id: string) {
  const program = rules.programs.get(id);
  if (!program) throw new Error(id);
  return program;
}
const run = (id: string, yaml: string, date: string): Evaluation =>
  evaluate([programOf(id)], profileOf(yaml), asOfDate(date) as AsOf);
const json = (e: Evaluation) => evaluationToJson(e, rules.fields, "en").results[0];

const HEFEI_NO_BASE = `
person: { hukouRegion: "340104", birthDate: 1990-01-01, fullCivilCapacity: true }
pension: { region: "340104", asIndividual: true, continuousMonths: 14 }
providentFund: { ratio: 0.05 }
`;
const HUBEI_RETURN_UNKNOWN = `
person: { povertyAlleviated: true }
business: { region: "420102", kind: individual-business, licenseDate: 2020-09-01, operatingNormally: true, startupSubsidyReceived: false }
`;

describe("past the horizon, the facts of the amount if still in force are missing", () => {
  it.each([
    ["hefei.provident-fund", HEFEI_NO_BASE, "providentFund.base"],
    ["hubei.startup-subsidy", HUBEI_RETURN_UNKNOWN, "business.returnedHome"],
  ])("%s lists %s, in the engine and the lean path of a batch", (id, yaml, field) => {
    const e = run(id, yaml, "2026-12-07");
    const r = json(e);
    expect(r?.status).toBe("undetermined");
    expect(r?.missing).toEqual([field]);
    expect(r?.lawUnknown?.amountIfInForce?.value).toBeNull();
    const lean = leanEvaluator(programOf(id))(profileOf(yaml), asOfDate("2026-12-07") as AsOf);
    expect(lean.missing).toEqual([field]);
  });

  it("the plain view names the fact to give", () => {
    const zh = renderPlainText(run("hefei.provident-fund", HEFEI_NO_BASE, "2026-12-07"), {
      lang: "zh",
      color: plain,
      catalogue: rules.fields,
      width: 200,
    });
    expect(zh).toContain("待补充");
    expect(zh).toContain("月缴存基数");
  });

  it("ask asks it (the Hefei example, today): the last question is the base, the answer 334", async () => {
    const out = await butie([
      "ask",
      "--replay",
      "examples/hefei-provident-fund.yaml",
      "--as-of",
      "2026-12-07",
    ]);
    const questions = out.stdout.split("\n").filter((l) => /^\s*\d+\. /.test(l));
    expect(questions.at(-1)).toContain("月缴存基数");
    expect(out.stdout).toContain("若仍在实施：每月缴存334元");
  });
});

describe("the progress line's counts add up", () => {
  it("a program no answer can settle (past its horizon) is 待定, not decided", () => {
    const yaml = HEFEI_NO_BASE.replace("ratio: 0.05", "ratio: 0.05, base: 3333");
    const p = progressOf(run("hefei.provident-fund", yaml, "2026-12-07"));
    expect(p).toEqual({ decided: 0, total: 1, eligible: 0, ineligible: 0 });
  });
});
