import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("csv-lines");

describe("inputs2 F10: a record's row number is the line it starts on, after cells holding CRLF too", () => {
  it.each([
    ["CRLF", "\r\n"],
    ["LF", "\n"],
    ["CR", "\r"],
  ])("line breaks inside quotes: %s", async (_, eol) => {
    const text = [
      "经办档案编号,性别",
      `"NX-001${eol}补录",女`,
      "NX-002,X",
      `"NX-003${eol}${eol}备",男`,
      "NX-004,X",
    ];
    writeFileSync(at("ml.csv"), `${text.join("\r\n")}\r\n`);
    const run = await butie(["batch", at("ml.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    const rows = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l).row);
    // NX-001 starts on line 2 (ends on 3), NX-002 on 4, NX-003 on 5 (ends on 7), NX-004 on 8.
    expect(rows).toEqual([2, 4, 5, 8]);
  });
});
