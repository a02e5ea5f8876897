import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A sentence of a rule file writes its dates in words (2025年12月31日, December 31, 2025), never as ISO text; only a
// question's example of how to type a date shows the typed form.
const RULES = join(__dirname, "../../rules");
const ISO = /\d{4}-\d{2}-\d{2}/u;
const TEXT = /(?:^|[{,]\s*)(?:zh|en|label):/u;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? yamlFiles(join(dir, e.name))
      : e.name.endsWith(".yaml") && !e.name.endsWith(".test.yaml")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("dates in the sentences of the rule files", () => {
  it("are written in words", () => {
    const offending = yamlFiles(RULES).flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => TEXT.test(l.trim()) && ISO.test(l) && !/e\.g\.|（如 /u.test(l))
        .map((l) => `${f}: ${l.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
