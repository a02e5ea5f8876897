import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("batch-not-json");

// An NDJSON line that is not JSON: its error was `not a JSON object: <JSON.parse's words>` in both languages
// (its Chinese words English too).
describe("an NDJSON line that is not JSON", () => {
  it("is a row error in each language, located at the character where it breaks", async () => {
    writeFileSync(at("bad.ndjson"), '{"person": {"sex": "male"}\n{"person": {"sex": "male"}}\n');
    const run = await butie(["batch", at("bad.ndjson"), "--as-of", "2021-09-01", "--format", "ndjson"]);
    const [first, second] = run.stdout.split("\n").map((l) => (l ? JSON.parse(l) : undefined));
    // The line (26 characters) ends before its outer object closes: the problem is found at character 27.
    expect(first.errors).toEqual([
      expect.objectContaining({
        line: 1,
        col: 27,
        message: "这一行不是有效的 JSON 对象（第 27 个字符处有误）",
      }),
    ]);
    expect(second.results).toBeDefined();
  });

  it("reads in Chinese in the results file's error cell", async () => {
    writeFileSync(at("bad2.ndjson"), "{oops}\n");
    const run = await butie(["batch", at("bad2.ndjson"), "--as-of", "2021-09-01", "--format", "csv"]);
    expect(run.stdout).toContain("这一行不是有效的 JSON 对象（第 2 个字符处有误）");
    expect(run.stdout).not.toContain("not a JSON object");
  });
});
