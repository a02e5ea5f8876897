// A start compiles only the programs that apply: the bundled rules are read at build time, and a program's
// expressions are compiled when it is first evaluated (src/rules/bundle.ts); overrides (a local rule directory,
// `--param`) keep them so (src/rules/program.ts, changedProgram). Counted, never timed; the results are those of
// the programs compiled from the YAML.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { asOfDate } from "../../src/engine/evaluateProgram.js";
import { evaluationToJson } from "../../src/explain/json.js";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { compileBundle } from "../../src/rules/bundle.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { applyOverrideSources } from "../../src/rules/overrideSources.js";
import { applyOverrides, parseParamOption } from "../../src/rules/overrides.js";
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

const NINGXIA = "ningxia.migrant-living-subsidy";
const HEFEI = { file: "examples/hefei-provident-fund.yaml", asOf: "2022-03-01" };
const MIGRANT = { file: "examples/ningxia-migrant.yaml", asOf: "2021-09-01" };

function evaluateExample(
  programs: ReadonlyMap<string, Program>,
  fields: FieldCatalogue,
  example: { file: string; asOf: string },
) {
  const { profile } = readProfile(new YamlSource(example.file, readFileSync(example.file, "utf8")), fields);
  if (!profile) throw new Error(`${example.file} does not read`);
  const asOf = asOfDate(example.asOf) as NonNullable<ReturnType<typeof asOfDate>>;
  return evaluationToJson(evaluate(programs.values(), profile, asOf), fields, "zh");
}

/** The programs of `load` (lazily from the bundle, or eagerly from the YAML) as evaluated for each example. */
function results(load: () => { programs: ReadonlyMap<string, Program>; fields: FieldCatalogue }) {
  const { programs, fields } = load();
  return [HEFEI, MIGRANT].map((example) => evaluateExample(programs, fields, example));
}

/** The programs reached (not decided from their head alone) in an evaluation's JSON. */
const reachedIn = (json: ReturnType<typeof evaluateExample>) =>
  json.results.filter((r) => r.status !== "not-applicable").map((r) => r.program);

describe("bundled programs are compiled on first use", () => {
  it("compiles none when loaded, and only those a profile's region and date reach when evaluated", () => {
    const b = bundleOfRules();
    const fields = new FieldCatalogue(b.fields);
    compiled.length = 0;
    const programs = compileBundle(b, fields);
    expect(programs.size).toBe(b.programs.length);
    expect(compiled).toEqual([]);
    const reached = reachedIn(evaluateExample(programs, fields, HEFEI));
    expect(reached).toContain("hefei.provident-fund");
    expect(compiled.sort()).toEqual([...reached].sort());
    expect(compiled.length).toBeLessThan(b.programs.length);
    // A second evaluation compiles nothing more.
    evaluateExample(programs, fields, HEFEI);
    expect(compiled.length).toBe(reached.length);
  });

  it("evaluates as the programs compiled from the YAML do", () => {
    const b = bundleOfRules();
    const fields = new FieldCatalogue(b.fields);
    const lazy = results(() => ({ programs: compileBundle(b, fields), fields }));
    const eager = results(() => loadRules([], process.cwd(), null));
    expect(lazy).toEqual(eager);
  });
});

describe("a local rule directory keeps bundled programs compiled on first use", () => {
  const local = ["examples/local-rules"];

  it("compiles no program when loaded, and only those a profile reaches when evaluated", () => {
    compiled.length = 0;
    const rules = loadRules(local, process.cwd(), bundleOfRules());
    expect(rules.diagnostics).toEqual([]);
    expect(compiled).toEqual([]);
    // The override file's value and source are in place without compiling the program.
    const program = rules.programs.get(NINGXIA) as Program;
    expect(program.overriddenBy?.parameters).toEqual(["monthlyAmount"]);
    expect(program.sources.map((s) => s.id)).toContain("example-bureau-notice");
    expect(compiled).toEqual([]);
    const reached = reachedIn(evaluateExample(rules.programs, rules.fields, HEFEI));
    expect(reached).not.toContain(NINGXIA);
    expect(compiled.sort()).toEqual([...reached].sort());
  });

  it("evaluates as the programs compiled from the YAML do", () => {
    const lazy = results(() => loadRules(local, process.cwd(), bundleOfRules()));
    const eager = results(() => loadRules(local, process.cwd(), null));
    expect(lazy).toEqual(eager);
    // The migrant example is reached, with the local figure (550 a month in the override file).
    expect(JSON.stringify(lazy[1])).toContain("550");
  });
});

describe("--param keeps bundled programs compiled on first use", () => {
  const param = () => [parseParamOption(`${NINGXIA}.monthlyAmount=550`)];

  it("compiles no program when applied, and only those a profile reaches when evaluated", () => {
    const b = bundleOfRules();
    const fields = new FieldCatalogue(b.fields);
    compiled.length = 0;
    const programs = compileBundle(b, fields);
    applyOverrides(programs, param());
    expect(compiled).toEqual([]);
    const reached = reachedIn(evaluateExample(programs, fields, HEFEI));
    expect(compiled.sort()).toEqual([...reached].sort());
  });

  it("evaluates as the programs compiled from the YAML do", () => {
    const withParam = (rules: { programs: ReadonlyMap<string, Program>; fields: FieldCatalogue }) => {
      const programs = new Map(rules.programs);
      applyOverrides(programs, param());
      return { programs, fields: rules.fields };
    };
    const lazy = results(() => {
      const b = bundleOfRules();
      const fields = new FieldCatalogue(b.fields);
      return withParam({ programs: compileBundle(b, fields), fields });
    });
    const eager = results(() => withParam(loadRules([], process.cwd(), null)));
    expect(lazy).toEqual(eager);
    expect(JSON.stringify(lazy[1])).toContain("550");
  });
});

const SOURCE = { id: "local-notice", title: "某经办机构的通知", quote: "每人每月550元。" };
const at = { file: "local/a.yaml", line: 1, col: 1, code: "x", message: "", severity: "error" as const };

describe("an override file's sources keep a bundled program compiled on first use", () => {
  // applyOverrideSources copies with changedProgram: a spread copy would read, and so compile, every part.
  it("adds the file's sources and overriddenBy without compiling the program", () => {
    const b = bundleOfRules();
    const programs = compileBundle(b, new FieldCatalogue(b.fields));
    const before = programs.get(NINGXIA) as Program;
    compiled.length = 0;
    const diagnostics = applyOverrideSources(programs, [
      {
        program: NINGXIA,
        file: "local/a.yaml",
        sources: [SOURCE as never],
        parameters: ["monthlyAmount"],
        refs: [{ ref: "local-notice", at }],
        sourceAt: () => at,
      },
    ]);
    expect(diagnostics).toEqual([]);
    const after = programs.get(NINGXIA) as Program;
    expect(compiled).toEqual([]);
    expect(after.sources.map((s) => s.id)).toEqual([...before.sources.map((s) => s.id), "local-notice"]);
    expect(after.sources.at(-1)).toMatchObject({ ...SOURCE, from: "local/a.yaml" });
    expect(after.overriddenBy).toEqual({ files: ["local/a.yaml"], parameters: ["monthlyAmount"] });
    expect(compiled).toEqual([]);
    // Compiled once, when a compiled part is first read, for the original and the copy alike.
    expect(after.conditions.length).toBeGreaterThan(0);
    expect(after.conditions).toBe(before.conditions);
    expect(compiled).toEqual([NINGXIA]);
  });
});
