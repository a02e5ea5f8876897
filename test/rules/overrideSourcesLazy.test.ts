// applyOverrideSources gives a program its override file's sources by a copy that keeps it uncompiled
// (changedProgram): a spread copy would read, and so compile, every compiled part of a bundled program.
import { describe, expect, it, vi } from "vitest";
import { FieldCatalogue } from "../../src/profile/fieldCatalogue.js";
import { compileBundle } from "../../src/rules/bundle.js";
import { applyOverrideSources } from "../../src/rules/overrideSources.js";
import type { Program } from "../../src/rules/program.js";
import { bundleOfRules } from "../start/bundleOfRules.js";

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

const ID = "ningxia.migrant-living-subsidy";
const SOURCE = { id: "local-notice", title: "某经办机构的通知", quote: "每人每月550元。" };
const at = { file: "local/a.yaml", line: 1, col: 1, code: "x", message: "", severity: "error" as const };

describe("applyOverrideSources", () => {
  it("adds the file's sources and overriddenBy without compiling the program", () => {
    const b = bundleOfRules();
    const programs = compileBundle(b, new FieldCatalogue(b.fields));
    const before = programs.get(ID) as Program;
    compiled.length = 0;
    const diagnostics = applyOverrideSources(programs, [
      {
        program: ID,
        file: "local/a.yaml",
        sources: [SOURCE as never],
        parameters: ["monthlyAmount"],
        refs: [{ ref: "local-notice", at }],
        sourceAt: () => at,
      },
    ]);
    expect(diagnostics).toEqual([]);
    const after = programs.get(ID) as Program;
    expect(compiled).toEqual([]);
    expect(after.sources.map((s) => s.id)).toEqual([...before.sources.map((s) => s.id), "local-notice"]);
    expect(after.sources.at(-1)).toMatchObject({ ...SOURCE, from: "local/a.yaml" });
    expect(after.overriddenBy).toEqual({ files: ["local/a.yaml"], parameters: ["monthlyAmount"] });
    expect(compiled).toEqual([]);
    // Compiled once, when a compiled part is first read, for the original and the copy alike.
    expect(after.conditions.length).toBeGreaterThan(0);
    expect(after.conditions).toBe(before.conditions);
    expect(compiled).toEqual([ID]);
  });
});
