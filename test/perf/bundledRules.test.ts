import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { fieldCatalogueSchema } from "../../src/profile/fields.js";
import type { Bundle } from "../../src/rules/bundle.js";
import { BUNDLED_RULES, isRuleFile, listFiles, loadRules } from "../../src/rules/loadRules.js";
import { ruleFileSchema } from "../../src/rules/schema.js";
import { YamlSource } from "../../src/rules/yamlSource.js";

// Every YAML text parsed, by the name it is shown under (`rules/…` for bundled files).
const parsed = vi.hoisted(() => [] as string[]);
vi.mock("../../src/rules/yamlSource.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/rules/yamlSource.js")>();
  class CountingYamlSource extends original.YamlSource {
    constructor(...args: ConstructorParameters<typeof original.YamlSource>) {
      super(...args);
      parsed.push(args[0]);
    }
  }
  return { ...original, YamlSource: CountingYamlSource };
});

/** The bundle as `scripts/bundle-rules.mjs` writes it, with one title marked to tell where a program came from. */
function bundle(): Bundle {
  const data = (file: string) => new YamlSource(file, readFileSync(file, "utf8")).data;
  const programs = listFiles(BUNDLED_RULES, isRuleFile).map((file) => ({
    file: join("rules", relative(BUNDLED_RULES, file)),
    rule: ruleFileSchema.parse(data(file)),
  }));
  const [first, ...rest] = programs;
  if (!first) throw new Error("no bundled rules");
  const marked = { ...first, rule: { ...first.rule, title: { zh: "MARK", en: "MARK" } } };
  const fields = fieldCatalogueSchema.parse(data(join(BUNDLED_RULES, "fields.yaml")));
  return { fields, programs: [marked, ...rest] };
}

const LOCAL = resolve("examples/local-rules");

describe("a --rules directory keeps the bundled rules bundled", () => {
  it("reads only the local directory's files when the bundle is fresh", () => {
    const fresh = bundle();
    parsed.length = 0;
    const rules = loadRules([LOCAL], process.cwd(), fresh);
    expect(rules.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(parsed.filter((f) => f.startsWith("rules/"))).toEqual([]);
    expect(parsed.length).toBeGreaterThan(0);
    const [first] = fresh.programs;
    expect(first && rules.programs.get(first.rule.id)?.title).toEqual({ zh: "MARK", en: "MARK" });
    // The local file still overrides a bundled parameter; the bundled set alone is kept for bundled fixtures.
    const overridden = (r: typeof rules | undefined) =>
      r?.programs
        .get("ningxia.migrant-living-subsidy")
        ?.parameters.get("monthlyAmount")
        ?.values.some((v) => v.override !== undefined);
    expect(overridden(rules)).toBe(true);
    expect(overridden(rules.bundledOnly)).toBe(false);
    expect(rules.bundledOnly?.programs.size).toBe(fresh.programs.length);
  });

  it("reads the bundled YAML when there is no fresh bundle", () => {
    parsed.length = 0;
    const rules = loadRules([LOCAL], process.cwd(), null);
    expect(parsed.filter((f) => f.startsWith("rules/")).length).toBeGreaterThan(1);
    expect(rules.programs.size).toBe(bundle().programs.length);
  });
});
