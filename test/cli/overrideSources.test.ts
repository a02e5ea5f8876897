import { describe, expect, it } from "vitest";
import { butie } from "./memoryIo.js";

const LOCAL = "examples/local-rules";
const QUOTE = "失业农民工临时生活补助标准为每人每月550元。";

// Issue 10 §3: a local value says where it comes from, and that source is shown like the bundled ones.
describe("override files carry sources", () => {
  it("a `ref` that names no source is a located error with a suggestion", async () => {
    const { code, stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/check-override-ref"]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      "check-override-ref/migrant-living-subsidy.yaml:8:38 rule/unknown-source `bureau-notise` names no source (did you mean `bureau-notice`?)",
    );
  });

  it("the override's source is listed under 依据 with its quote in `eval --rules`", async () => {
    const { code, stdout } = await butie([
      "eval",
      "--trace",
      "test/fixtures-data/migrant-2020.yaml",
      "--as-of",
      "2020-09-01",
      "--rules",
      LOCAL,
    ]);
    expect(code).toBe(0);
    const sources = stdout.slice(stdout.indexOf("依据"));
    expect(sources).toContain("示例：某经办机构关于失业农民工临时生活补助标准的通知");
    expect(sources).toContain(QUOTE);
  });

  it("and in JSON, with its quote", async () => {
    const { stdout } = await butie([
      "eval",
      "--trace",
      "test/fixtures-data/migrant-2020.yaml",
      "--as-of",
      "2020-09-01",
      "--rules",
      LOCAL,
      "--format",
      "json",
      "--program",
      "ningxia.migrant-living-subsidy",
    ]);
    const quotes = JSON.parse(stdout).results[0].sources.map((s: { quote: string }) => s.quote);
    expect(quotes.some((q: string) => q.startsWith(QUOTE))).toBe(true);
  });

  it("`rules show` quotes it and names it beside the local value", async () => {
    const { stdout } = await butie(["rules", "show", "ningxia.migrant-living-subsidy", "--rules", LOCAL]);
    expect(stdout).toContain("[example-bureau-notice] 示例：某经办机构");
    expect(stdout).toContain(`“${QUOTE}`);
    expect(stdout).toContain("migrant-living-subsidy.yaml, example-bureau-notice)");
  });

  it("coverage of an override counts only what it changes", async () => {
    const { code, stdout } = await butie([
      "test",
      "--lang",
      "en",
      "test/fixtures-data/override-coverage",
      "--coverage",
      "--min-coverage",
      "100",
    ]);
    expect(stdout).toContain("100.0%  ningxia.migrant-living-subsidy (1/1)");
    expect(code).toBe(0);
  });
});
