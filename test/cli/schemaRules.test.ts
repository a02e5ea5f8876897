import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

type JsonSchema = {
  $schema: string;
  anyOf: {
    type: string;
    required?: string[];
    additionalProperties?: boolean;
    properties?: Record<string, unknown>;
    items?: { required: string[]; properties: Record<string, unknown> };
  }[];
};

// Issue 10 §9: editors complete and check rule files from the same zod schemas `check` uses.
describe("butie schema --rules", () => {
  it("prints one JSON Schema for rule, override and fixture files", async () => {
    const { code, stdout } = await butie(["schema", "--rules"]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as JsonSchema;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const [rule, override, fixtures] = schema.anyOf;
    expect(rule?.required).toEqual([
      "id",
      "title",
      "subject",
      "jurisdiction",
      "inForce",
      "sources",
      "conditions",
    ]);
    expect(rule?.additionalProperties).toBe(false);
    expect(Object.keys(rule?.properties ?? {})).toContain("values");
    expect(override?.required).toEqual(["overrides", "parameters"]);
    expect(Object.keys(override?.properties ?? {})).toContain("sources");
    expect(fixtures?.type).toBe("array");
    expect(fixtures?.items?.required).toEqual(["name", "asOf", "profile", "expect"]);
  });

  it("lets a tier bound be a number or a parameter name", async () => {
    const { stdout } = await butie(["schema", "--rules"]);
    expect(stdout).toMatch(/"below": \{\s*"anyOf": \[\s*\{\s*"type": "number"\s*\},\s*\{\s*"type": "string"/);
  });

  it("without --rules still prints the profile's schema", async () => {
    const { stdout } = await butie(["schema"]);
    expect(Object.keys(JSON.parse(stdout).properties)).toContain("person");
  });
});
