import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluationToJson } from "../../src/explain/json.js";
import { loadFixtureFiles, runFixtures } from "../../src/fixtures/runFixtures.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { butie, REPO } from "../cli/memoryIo.js";

// The trace notation (`--trace`, JSON `steps`) is a view of the explanation records. These snapshots were
// taken before the notation was computed from the records: a change to them must be on purpose.

const EXAMPLES = [
  "examples/hefei-provident-fund.yaml",
  "examples/hubei-startup.yaml",
  "examples/ningxia-migrant.yaml",
  "examples/ningxia-unemployment.yaml",
];

describe("the trace notation", () => {
  for (const lang of ["zh", "en"])
    it(`reads the same for the bundled examples with --trace (${lang})`, async () => {
      const out: string[] = [];
      for (const file of EXAMPLES)
        for (const asOf of ["2022-03-01", "2021-09-01"]) {
          const { stdout } = await butie(["eval", file, "--trace", "--lang", lang, "--as-of", asOf]);
          out.push(`# ${file} ${asOf}`, stdout);
        }
      await expect(out.join("\n")).toMatchFileSnapshot(`__snapshots__/trace.${lang}.txt`);
    });

  it("reads the same in JSON steps for every bundled fixture case", async () => {
    const rules = loadRules();
    const dir = join(REPO, "rules");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".test.yaml"))
      .sort()
      .map((f) => join(dir, f));
    const { loaded } = loadFixtureFiles(files, rules);
    const lines: string[] = [];
    for (const o of runFixtures(loaded)) {
      if (!o.result) continue;
      const json = evaluationToJson({ asOf: "", results: [o.result] }, rules.fields, "zh").results[0];
      const all = [...(json?.conditions ?? []), ...(json?.priority?.conditions ?? [])];
      const conditions = all.filter((c) => c.steps.length);
      const amount = [...(json?.amount?.steps ?? []), ...(json?.lawUnknown?.amountIfInForce?.steps ?? [])];
      if (!conditions.length && !amount.length) continue;
      lines.push(`# ${o.name} · ${o.program}`);
      for (const c of conditions) lines.push(`  ${c.id}: ${c.steps.join(" | ")}`);
      if (amount.length) lines.push(`  amount: ${amount.join(" | ")}`);
    }
    expect(lines.length).toBeGreaterThan(100);
    await expect(lines.join("\n")).toMatchFileSnapshot("__snapshots__/fixtureSteps.txt");
  });
});
