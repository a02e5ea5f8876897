// `butie test` runs the bundled fixtures without the YAML parser or the fixture schema (zod): they are parsed
// and validated at build time, and src/fixtures/fixtureBundle.ts is imported only when a file is not in the
// bundle as it is (test/cli/bundle.test.ts checks that the test command does not load them statically).
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { BUNDLED_RULES, listFiles } from "../../src/rules/loadRules.js";

const state = vi.hoisted(() => ({ parserUsed: false, bundle: undefined as string | undefined }));
vi.mock("../../src/fixtures/fixtureBundle.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/fixtures/fixtureBundle.js")>();
  const { yaml, validate } = original.fixtureParser;
  const fixtureParser: typeof original.fixtureParser = {
    yaml: (...args) => {
      state.parserUsed = true;
      return yaml(...args);
    },
    validate: (...args) => {
      state.parserUsed = true;
      return validate(...args);
    },
  };
  return { ...original, fixtureParser };
});
vi.mock("node:fs", async (original) =>
  (await import("../cli/fsMocks.js")).withBuildFile(
    await original<typeof import("node:fs")>(),
    "fixtures.bundle.json",
    () => state.bundle,
  ),
);

const files = listFiles(BUNDLED_RULES, (f) => /\.test\.ya?ml$/.test(f));

/** The bundle the build writes, made with the real module (not through the counting mock). */
async function bundleOf(edit: (text: string) => string = (t) => t) {
  const { fixtureEntry } = await vi.importActual<typeof import("../../src/fixtures/fixtureBundle.js")>(
    "../../src/fixtures/fixtureBundle.js",
  );
  const entries = files.map((f) => {
    const [key, entry] = fixtureEntry(f, readFileSync(f, "utf8")) ?? [];
    return [key, { ...entry, text: edit(entry?.text ?? "") }];
  });
  return JSON.stringify(Object.fromEntries(entries));
}

async function run(bundle: string | undefined) {
  state.bundle = bundle;
  vi.resetModules();
  state.parserUsed = false;
  const { loadFixtureFilesOnDemand, runFixtures } = await import("../../src/fixtures/loadFixtures.js");
  // Rules from the same fresh modules: values made by one copy of src/expr are not instances of another's classes.
  const rules = (await import("../../src/rules/loadRules.js")).loadRules();
  const { loaded, broken } = await loadFixtureFilesOnDemand(files, rules, (f) => f);
  const outcomes = runFixtures(loaded).map((o) => [o.file, o.line, o.name, o.program, o.problems]);
  return { parserUsed: state.parserUsed, broken, outcomes };
}

describe("bundled fixtures without the YAML parser or zod", () => {
  it("loads neither when every file is bundled as it is, with the same outcomes", async () => {
    const fresh = await run(await bundleOf());
    expect(fresh.parserUsed).toBe(false);
    const parsed = await run(undefined);
    expect(parsed.parserUsed).toBe(true);
    expect(fresh.broken).toEqual([]);
    expect(fresh.outcomes).toEqual(parsed.outcomes);
    expect(fresh.outcomes.length).toBeGreaterThan(100);
  });

  it("loads them when a file's text differs from the bundled one", async () => {
    const stale = await run(await bundleOf((t) => `${t}\n# edited`));
    expect(stale.parserUsed).toBe(true);
    expect(stale.broken).toEqual([]);
  });

  // A bundled text is not scanned for depth at run time, so the build must never bundle one too deep.
  it("never bundles a text nested deeper than a fixture file may be", async () => {
    const { fixtureEntry } = await vi.importActual<typeof import("../../src/fixtures/fixtureBundle.js")>(
      "../../src/fixtures/fixtureBundle.js",
    );
    const { LIMITS } = await import("../../src/limits.js");
    const deep = `- name: deep\n  asOf: 2022-03-01\n  profile: {}\n  expect: ${"[".repeat(LIMITS.nestingDepth + 1)}${"]".repeat(LIMITS.nestingDepth + 1)}\n`;
    const file = `${BUNDLED_RULES}deep.test.yaml`;
    expect(fixtureEntry(file, deep)).toBeUndefined();
    const shallow = deep.replace(/\[+\]+/, "{ a: { status: eligible } }");
    expect(fixtureEntry(file, shallow)).toBeDefined();
  });
});
