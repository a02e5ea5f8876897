import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tooDeepAt } from "../../src/files/nesting.js";

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* yamlFiles(full);
    else if (/\.(ya?ml|json)$/.test(name)) yield full;
  }
}

describe("nesting depth measured before parsing", () => {
  it("passes every bundled rule, fixture and example (their depth stays far below the limit)", () => {
    for (const dir of ["rules", "examples", "test/fixtures-data"])
      for (const file of yamlFiles(dir))
        expect(tooDeepAt(readFileSync(file, "utf8"), 24), file).toBeUndefined();
  });

  it("finds 900 levels of flow brackets, JSON or YAML, at the first level too deep", () => {
    expect(tooDeepAt(`a: ${"[".repeat(900)}${"]".repeat(900)}`)).toBe(3 + 64);
    expect(tooDeepAt(`{"a": ${"{".repeat(900)}}`)).toBeDefined();
  });

  it("finds deep block nesting: indentation steps and compact `- - -` items", () => {
    expect(tooDeepAt(Array.from({ length: 900 }, (_, i) => `${" ".repeat(i)}a:`).join("\n"))).toBeDefined();
    expect(tooDeepAt(`${"- ".repeat(5000)}a`)).toBe(0);
  });

  it("is not fooled by closing brackets inside quoted text", () => {
    const sneaky = Array.from({ length: 200 }, () => `[ "]", '''] ', `).join("");
    expect(tooDeepAt(sneaky)).toBeDefined();
  });

  it("leaves ordinary text alone: brackets in strings, sibling lists, a long flat file", () => {
    expect(
      tooDeepAt('title: "补贴[2021]"\nlist: [[1, 2], [3, 4]]\nnote: it\'s fine [see 1]\n'),
    ).toBeUndefined();
    expect(tooDeepAt(`${"[1], ".repeat(100_000)}`)).toBeUndefined();
    expect(tooDeepAt(Array.from({ length: 50_000 }, (_, i) => `k${i}: [${i}]`).join("\n"))).toBeUndefined();
  });
});
