// The rule file's schema is built when first used: a `--rules` directory of override files only (a bureau's
// values) never builds it (~20 ms of zod objects). Counted, never timed.
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";

const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock("zod", async (importOriginal) => {
  const original = await importOriginal<typeof import("zod")>();
  const strictObject = ((...args: Parameters<typeof original.z.strictObject>) => {
    built.objects++;
    return original.z.strictObject(...args);
  }) as typeof original.z.strictObject;
  return { ...original, z: { ...original.z, strictObject } };
});

describe("ruleFileSchema", () => {
  it("is built on first use: an override file is read without it", async () => {
    const { overrideFileSchema, ruleFileSchema } = await import("../../src/rules/schema.js");
    const atImport = built.objects;
    const override = parse(readFileSync("examples/local-rules/ningxia/migrant-living-subsidy.yaml", "utf8"));
    expect(overrideFileSchema.parse(override).overrides).toBe("ningxia.migrant-living-subsidy");
    expect(built.objects).toBe(atImport);
    const rule = parse(readFileSync("rules/ningxia/unemployment-subsidy.yaml", "utf8"));
    expect(ruleFileSchema.parse(rule).id).toBe("ningxia.unemployment-subsidy");
    expect(built.objects).toBeGreaterThan(atImport);
  });
});
