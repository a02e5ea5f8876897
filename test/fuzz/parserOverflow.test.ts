import { describe, expect, it, vi } from "vitest";
import { YamlSource } from "../../src/rules/yamlSource.js";

// As if the nesting guard had let a deep text through (hostile F2: it did): the parser's RangeError.
vi.mock("../../src/rules/parserDepth.js", () => ({ tooDeepForParserAt: () => undefined }));

describe("a stack overflow inside the YAML parser", () => {
  it("is said as nesting too deep, never in the engine's English words", () => {
    const text = `a: ${"[".repeat(3000)}${"]".repeat(3000)}`;
    const src = new YamlSource("p.yaml", text);
    expect(JSON.stringify(src.diagnostics)).not.toMatch(/call stack/i);
    expect(src.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/nested too deeply/)]);
  });
});
