import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/diagnostics.md", import.meta.url));

/** A diagnostic code as a string literal in the source: `"rule/tiers-gap"`. */
const CODE_LITERAL = /"((?:schema|yaml|expr|rule|profile|fixture|input)\/[a-z-]+)"/g;
/** A row of the doc's code table: `| \`rule/tiers-gap\` | error | …`. */
const TABLE_ROW = /^\|\s*`((?:schema|yaml|expr|rule|profile|fixture|input)\/[a-z-]+)`\s*\|\s*(\w+)\s*\|/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

function codesInSource(): Set<string> {
  const codes = new Set<string>();
  for (const file of sourceFiles(SRC))
    for (const m of readFileSync(file, "utf8").matchAll(CODE_LITERAL)) codes.add(m[1] as string);
  return codes;
}

const doc = readFileSync(DOC, "utf8");
const rows = doc.split("\n").flatMap((line) => {
  const m = TABLE_ROW.exec(line);
  return m ? [{ code: m[1] as string, severity: m[2] as string }] : [];
});
const documented = new Set(rows.map((r) => r.code));
const used = codesInSource();

describe("docs/diagnostics.md", () => {
  it("finds diagnostic codes in the source (the grep itself works)", () => {
    expect(used.size).toBeGreaterThan(10);
    expect(used).toContain("yaml/syntax");
  });

  it.each([...used].sort())("documents %s, used in src/", (code) => {
    expect(documented).toContain(code);
  });

  it.each(rows.map((r) => r.code))("lists %s, which src/ uses", (code) => {
    expect(used).toContain(code);
  });

  it("lists each code once, with a severity of error or warning", () => {
    expect(rows.length).toBe(documented.size);
    for (const r of rows) expect(["error", "warning"]).toContain(r.severity);
  });
});
