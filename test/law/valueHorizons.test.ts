import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../src/cli/commands/check.js";
import type { Io } from "../../src/cli/io.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { type AsOf, asOfDate } from "../../src/engine/evaluateProgram.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { applyOverride, parseParamOption } from "../../src/rules/overrides.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { REPO } from "../cli/memoryIo.js";

// law3 F6: the horizon is the law's (a standard tied to the minimum wage, re-set at least every two years), declared
// once on the parameter: every value, bundled or local, is unknown from its start + 2 years unless a later one exists.
const LOCAL = join(REPO, "test/fixtures-data/override-reset-within");
const rules = loadRules([LOCAL], REPO);
const PROFILE = `
person: { employmentStatus: unemployed, receivingBasicPension: false, birthDate: 1985-03-10, sex: male }
unemployment: { insuredRegion: "640104", contributionMonths: 70, involuntary: true, registered: true, benefitExhausted: false }
`;

function amountOn(date: string, set = rules) {
  const { profile, diagnostics } = readProfile(new YamlSource("p.yaml", PROFILE), set.fields);
  if (!profile) throw new Error(JSON.stringify(diagnostics));
  const program = set.programs.get("ningxia.unemployment-benefit");
  if (!program) throw new Error("no program");
  const e = evaluate([program], profile, asOfDate(date) as AsOf);
  return evaluationToJson(e, set.fields, "en").results[0]?.amount;
}

describe("a local value inherits the parameter's horizon (resetWithin)", () => {
  it("a 2024 standard from an override is known in 2025 and unknown from 2026-01-01", () => {
    expect(amountOn("2025-06-01")).toMatchObject({ value: 1881, months: 18 });
    const today = amountOn("2026-12-07");
    expect(today).toMatchObject({ value: null, months: 18, total: null });
    expect(today?.amountNote).toContain("unknown from 1 January 2026");
    expect(today?.amountNote).toContain("last known 1881 yuan/month (from 1 January 2024)");
  });

  it("the months between the old horizon and the new value stay unknown", () => {
    expect(amountOn("2023-10-01")).toMatchObject({ value: null });
  });

  it("an undated what-if (--param) holds on every date: no horizon", () => {
    const program = loadRules().programs.get("ningxia.unemployment-benefit");
    if (!program) throw new Error("no program");
    const o = parseParamOption("ningxia.unemployment-benefit.benefitStandard=1000");
    const changed = applyOverride(program, {
      ...o,
      values: o.values.map((v) => ({ ...v, value: { "1": v.value, "2": v.value, "3": v.value } })),
    });
    expect(changed.parameters.get("benefitStandard")?.values.every((v) => !v.unknownFrom)).toBe(true);
  });
});

describe("check --stale-years looks at override files too", () => {
  it("warns rule/stale-value on an override's value confirmed too long ago", async () => {
    let stderr = "";
    const io: Io = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      stdin: Readable.from([]),
      env: {},
      cwd: REPO,
      isTTY: false,
      today: "2026-12-07",
    };
    const code = await runCheck([LOCAL], { format: "text", staleYears: "1", lang: "en" }, io);
    expect(code).toBe(0);
    expect(stderr).toContain(
      "ningxia-benefit-2024.yaml:11:7 rule/stale-value (warning) `benefitStandard` (from 2024-01-01) was last confirmed by a source on 2024-01-05",
    );
  });
});
