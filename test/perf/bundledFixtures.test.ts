import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { fixtureEntry } from "../../src/fixtures/fixtureBundle.js";
import { BUNDLED_RULES, listFiles } from "../../src/rules/loadRules.js";

// Every YAML text parsed, by the name it is shown under; and the fixture bundle the build would write.
const state = vi.hoisted(() => ({ parsed: [] as string[], bundle: undefined as string | undefined }));
vi.mock("../../src/rules/yamlSource.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/rules/yamlSource.js")>();
  class CountingYamlSource extends original.YamlSource {
    constructor(...args: ConstructorParameters<typeof original.YamlSource>) {
      super(...args);
      state.parsed.push(args[0]);
    }
  }
  return { ...original, YamlSource: CountingYamlSource };
});
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const isBundle = (p: unknown) => String(p).endsWith("fixtures.bundle.json");
  return {
    ...fs,
    existsSync: (p: Parameters<typeof fs.existsSync>[0]) =>
      isBundle(p) ? state.bundle !== undefined : fs.existsSync(p),
    readFileSync: ((p: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) =>
      isBundle(p)
        ? state.bundle
        : (fs.readFileSync as (...a: unknown[]) => unknown)(p, ...rest)) as typeof fs.readFileSync,
  };
});

const files = listFiles(BUNDLED_RULES, (f) => /\.test\.ya?ml$/.test(f));
const bundleOf = (edit: (text: string) => string = (t) => t) =>
  JSON.stringify(
    Object.fromEntries(
      files.map((f) => {
        const [key, entry] = fixtureEntry(f, readFileSync(f, "utf8")) ?? [];
        return [key, { ...entry, text: edit(entry?.text ?? "") }];
      }),
    ),
  );

/** Load every bundled fixture file with a fresh module (the bundle is read once per process). */
async function load(bundle: string | undefined) {
  state.bundle = bundle;
  vi.resetModules();
  const { loadFixtureFiles, runFixtures } = await import("../../src/fixtures/runFixtures.js");
  // Rules from the same fresh modules: values made by one copy of src/expr are not instances of another's classes.
  const rules = (await import("../../src/rules/loadRules.js")).loadRules();
  state.parsed.length = 0;
  const { loaded, broken } = loadFixtureFiles(files, rules);
  const parsed = [...state.parsed];
  const outcomes = runFixtures(loaded).map(({ file, line, name, program, problems }) => ({
    file,
    line,
    name,
    program,
    problems,
  }));
  return { parsed, broken, outcomes };
}

describe("bundled fixtures are parsed at build time", () => {
  it("are not parsed again when their text is the one bundled, with the same cases, lines and outcomes", async () => {
    expect(files.length).toBeGreaterThan(0);
    const plain = await load(undefined);
    expect(plain.parsed.length).toBe(files.length);
    const fast = await load(bundleOf());
    expect(fast.parsed).toEqual([]);
    expect(fast.broken).toEqual(plain.broken);
    expect(fast.outcomes).toEqual(plain.outcomes);
    expect(fast.outcomes.length).toBeGreaterThan(100);
  });

  it("are parsed when a file's text differs from the bundled one", async () => {
    const stale = await load(bundleOf((t) => `${t}\n# edited`));
    expect(stale.parsed.length).toBe(files.length);
  });
});
