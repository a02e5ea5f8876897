import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { butie, scenario } from "./memoryIo.js";

const file = (name: string) => `${scenario("eval-multi")}${name}`;
const args = (name: string) => ["eval", file(name), "--as-of", "2022-09-01", "--format", "json"];
const records = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("several applicants in one file for eval", () => {
  // Regression: a closing `---` (or a comment-only document) failed the run with "``: a profile is a mapping".
  it.each([
    ["one applicant and a closing ---", "person: { povertyAlleviated: true }\n---\n", 1],
    [
      "two applicants, an empty and a comment-only document",
      "---\nperson: {}\n---\n# none\n---\nperson: {}\n---\n",
      2,
    ],
  ])("skips empty documents: %s", async (_name, text, applicants) => {
    const path = join(mkdtempSync(join(tmpdir(), "butie-docs-")), "people.yaml");
    writeFileSync(path, text);
    const run = await butie(["eval", path, "--as-of", "2022-09-01", "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // One applicant: one JSON document, as eval always wrote; several: one line each (NDJSON).
    const results = applicants === 1 ? [JSON.parse(run.stdout)] : records(run.stdout);
    expect(results).toHaveLength(applicants);
    expect(results.every((r) => Array.isArray(r.results))).toBe(true);
  });

  it("evaluates each YAML document separated by ---, one JSON line each", async () => {
    const run = await butie(args("all-valid.yaml"));
    expect(run.code).toBe(0);
    const [first, second] = records(run.stdout);
    expect(first.profile).toBe(`${file("all-valid.yaml")}#1`);
    expect(second.profile).toBe(`${file("all-valid.yaml")}#2`);
    const startup = (r: { results: { program: string; amount: { value: number } }[] }) =>
      r.results.find((x) => x.program === "hubei.startup-subsidy")?.amount.value;
    expect([startup(first), startup(second)]).toEqual([5000, 2000]);
  });

  it("locates a bad document's problem by line:col in the file and still evaluates the others", async () => {
    const run = await butie([...args("applicants.yaml").slice(0, -2)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file("applicants.yaml")}:6:8 profile/enum`);
    expect(run.stderr).not.toContain("parseAllDocuments");
    expect(run.stdout).toContain("applicants.yaml#1");
    expect(run.stdout).toContain("applicants.yaml#3");
    expect(run.stdout).not.toContain("applicants.yaml#2");
  });

  it.each([
    // The list's second element, on the one line of the file: its key `"sexx"` at column 61.
    ["applicants.json", "1:61 profile/unknown-key", "applicants.json#1"],
    ["applicants.ndjson", "2:26 profile/date", "applicants.ndjson#1"],
  ])("reads %s as several applicants with located errors", async (name, where, evaluated) => {
    const run = await butie(args(name));
    expect(run.code).toBe(2);
    const [result, error] = records(run.stdout);
    expect(result.profile).toBe(file(evaluated));
    const d = error.error.diagnostics[0];
    expect(`${d.line}:${d.col} ${d.code}`).toBe(where);
  });

  it("reads NDJSON from stdin, and keeps a .json file with two objects on two lines one (bad) document", async () => {
    const stdin = '{"person": {"povertyAlleviated": true}}\n\n{"person": {"sex": "man"}}\n';
    const run = await butie(["eval", "-", "--format", "json"], { stdin });
    expect(run.code).toBe(2);
    const [result, error] = records(run.stdout);
    expect(result.profile).toBe("<stdin>#1");
    expect(error.error.diagnostics[0]).toMatchObject({ file: "<stdin>", line: 3, code: "profile/enum" });
    // Written here: as a fixture, the formatter would refuse the invalid JSON.
    const twoLinesFile = join(mkdtempSync(join(tmpdir(), "butie-multi-")), "two-lines.json");
    writeFileSync(twoLinesFile, '{"person": {}}\n{"person": {}}\n');
    const twoLines = await butie(["eval", twoLinesFile, "--format", "json"]);
    expect(twoLines.code).toBe(2);
    expect(JSON.parse(twoLines.stdout).error.diagnostics[0].code).toBe("yaml/syntax");
  });
});
