// A start compiles only the programs that apply: the bundled rules are read at build time, and a program's
// expressions are compiled when it is first evaluated (src/rules/bundle.ts). Counted, never timed.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { asOfDate } from "../../src/engine/evaluateProgram.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { compileBundle } from "../../src/rules/bundle.js";
import { loadRules } from "../../src/rules/loadRules.js";
import type { Program } from "../../src/rules/program.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { bundleOfRules } from "./bundleOfRules.js";

// The id of every rule file compiled.
const compiled = vi.hoisted(() => [] as string[]);
vi.mock("../../src/rules/compileProgram.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/rules/compileProgram.js")>();
  return {
    ...original,
    compileProgram: (...args: Parameters<typeof original.compileProgram>) => {
      compiled.push(args[0].id);
      return original.compileProgram(...args);
    },
  };
});

const asOf = asOfDate("2022-03-01") as NonNullable<ReturnType<typeof asOfDate>>;

function evaluateExample(programs: ReadonlyMap<string, Program>, fields: FieldCatalogue) {
  const file = "examples/hefei-provident-fund.yaml";
  const { profile } = readProfile(new YamlSource(file, readFileSync(file, "utf8")), fields);
  if (!profile) throw new Error("the example profile does not read");
  const evaluation = evaluate(programs.values(), profile, asOf);
  return { evaluation, json: evaluationToJson(evaluation, fields, "zh") };
}

describe("bundled programs are compiled on first use", () => {
  it("compiles none when loaded, and only those a profile's region and date reach when evaluated", () => {
    const b = bundleOfRules();
    const fields = new FieldCatalogue(b.fields);
    compiled.length = 0;
    const programs = compileBundle(b, fields);
    expect(programs.size).toBe(b.programs.length);
    expect(compiled).toEqual([]);
    const { evaluation } = evaluateExample(programs, fields);
    const reached = evaluation.results.filter((r) => r.status !== "not-applicable").map((r) => r.program.id);
    expect(reached).toContain("hefei.provident-fund");
    expect(compiled.sort()).toEqual(reached.sort());
    expect(compiled.length).toBeLessThan(b.programs.length);
    // A second evaluation compiles nothing more.
    evaluateExample(programs, fields);
    expect(compiled.length).toBe(reached.length);
  });

  it("evaluates as the programs compiled from the YAML do", () => {
    const b = bundleOfRules();
    const fields = new FieldCatalogue(b.fields);
    const lazy = evaluateExample(compileBundle(b, fields), fields);
    const yaml = loadRules([], process.cwd(), null);
    const eager = evaluateExample(yaml.programs, yaml.fields);
    expect(lazy.json).toEqual(eager.json);
  });
});
