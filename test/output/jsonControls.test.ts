import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonControlsEscaped } from "../../src/text/guard.js";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

const { at } = tempDir("json-controls");

// A case reference holding DEL and a C1 control (U+0085): JSON.stringify leaves both raw, and the output guard
// showed them as `\x7f`, which is not a JSON escape — every such NDJSON line failed to parse.
const REFERENCE = "\u007fdel\u0085nel";
const ROW = { case: { reference: REFERENCE }, person: { sex: "male" } };

describe("JSON output with DEL and C1 control characters", () => {
  it("escapes them as JSON does, and nothing else", () => {
    expect(jsonControlsEscaped('{"a":"\u007fx\u009f"}')).toBe('{"a":"\\u007fx\\u009f"}');
    expect(jsonControlsEscaped('{"a":"\u00a0中"}')).toBe('{"a":"\u00a0中"}');
  });

  it("batch NDJSON, to stdout and to a file, parses and gives the reference back", async () => {
    writeFileSync(at("d.ndjson"), `${JSON.stringify(ROW)}\n`);
    const base = ["batch", at("d.ndjson"), "--as-of", "2021-09-01", "--format", "ndjson"];
    const out = await butie(base);
    await butie([...base, "--out", at("d.out.ndjson")]);
    for (const text of [out.stdout, readFileSync(at("d.out.ndjson"), "utf8")]) {
      const lines = text.split("\n").filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] as string).reference).toBe(REFERENCE);
    }
  });

  it("eval --format json parses (a profile's text has its controls made visible when read)", async () => {
    writeFileSync(at("p.json"), JSON.stringify(ROW));
    const run = await butie(["eval", at("p.json"), "--as-of", "2021-09-01", "--format", "json"]);
    expect(JSON.parse(run.stdout).reference).toBe("\\x7fdel\\x85nel");
  });
});
