import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonControlsEscaped } from "../../src/text/guard.js";
import { tempDir } from "../batch/tempDir.js";
import { butie } from "../cli/memoryIo.js";

const { at } = tempDir("json-controls");

// A case reference holding DEL and a C1 control (U+0085): JSON.stringify leaves both raw, and the output guard
// showed them as `\x7f`, which is not a JSON escape — every such NDJSON line failed to parse.
const REFERENCE = "\u007fdel\u0085nel";
const ROW = { case: { reference: REFERENCE }, person: { sex: "male" } };

// Batch NDJSON with such a reference, a valid record and one in error, to stdout and to a file:
// test/batch/ndjsonControls.test.ts.
describe("JSON output with DEL and C1 control characters", () => {
  it("escapes them as JSON does, and nothing else", () => {
    expect(jsonControlsEscaped('{"a":"\u007fx\u009f"}')).toBe('{"a":"\\u007fx\\u009f"}');
    expect(jsonControlsEscaped('{"a":"\u00a0中"}')).toBe('{"a":"\u00a0中"}');
  });

  it("eval --format json parses (a profile's text has its controls made visible when read)", async () => {
    writeFileSync(at("p.json"), JSON.stringify(ROW));
    const run = await butie(["eval", at("p.json"), "--as-of", "2021-09-01", "--format", "json"]);
    expect(JSON.parse(run.stdout).reference).toBe("\\x7fdel\\x85nel");
  });
});
