import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ndjsonProfile } from "../../src/batch/rowProfile.js";
import { formatDiagnosticIn } from "../../src/diagnostics.js";
import { loadFieldCatalogue } from "../../src/profile/fields.js";
import { tempDir } from "../batch/tempDir.js";
import { butie, REPO } from "../cli/memoryIo.js";

// Issue 14 §3: a diagnostic carries its catalogue code and parameters; its words are chosen once, where it is
// shown, in the run's language. No second copy of the words (`messageZh`) travels with it.

const { at } = tempDir("finish-messages");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("one catalogue, words chosen at the edge", () => {
  it("no module carries a Chinese copy of a message: messageZh is only a JSON key, worded where JSON is written", () => {
    const carriers = sources(join(REPO, "src"))
      .filter((path) => /\bmessageZh\b/.test(readFileSync(path, "utf8")))
      .map((path) => path.slice(REPO.length));
    expect(carriers).toEqual(["src/cli/main.ts"]);
    const diagnostics = readFileSync(join(REPO, "src/diagnostics.ts"), "utf8");
    expect(diagnostics).not.toMatch(/\bmessageIn\b/);
    expect(diagnostics).not.toMatch(/export type Diagnostic = \{[^}]*messageZh/);
  });

  it("a --param of the wrong shape is refused in the run's language, and in JSON in both, worded from its code", async () => {
    const args = ["eval", "examples/hubei-startup.yaml", "--param", "nonsense"];
    const zh = await butie(args);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("--param nonsense：应为 <项目>.<参数>[@YYYY-MM-DD]=<值>");
    const en = await butie([...args, "--lang", "en"]);
    expect(en.stderr).toContain("--param nonsense: expected <program>.<parameter>[@YYYY-MM-DD]=<value>");
    const json = await butie([...args, "--format", "json"]);
    expect(JSON.parse(json.stdout).error).toEqual({
      kind: "usage",
      message: "--param nonsense: expected <program>.<parameter>[@YYYY-MM-DD]=<value>",
      messageZh: "--param nonsense：应为 <项目>.<参数>[@YYYY-MM-DD]=<值>",
    });
  });

  it("a --param outside a parameter's allowed numbers lists them with the run's conjunction", async () => {
    const param = "hefei.provident-fund.womenOriginalRetirementAge=52";
    const args = ["eval", "examples/hubei-startup.yaml", "--param", param];
    const zh = await butie(args);
    const en = await butie([...args, "--lang", "en"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("50 或 55");
    expect(en.stderr).toContain("50 or 55");
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("eval's warnings are worded in the run's language, with the warning mark of that language", async () => {
    const profile = at("later.yaml");
    writeFileSync(
      profile,
      "person:\n  birthDate: 1970-01-01\nunemployment:\n  contributionMonths: 8 years\n",
    );
    const zh = await butie(["eval", profile, "--as-of", "2021-06-01"]);
    const en = await butie(["eval", profile, "--as-of", "2021-06-01", "--lang", "en"]);
    expect(zh.stderr).toContain("（警告）");
    expect(zh.stderr).toContain("按96个月计");
    expect(en.stderr).toContain("(warning)");
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("batch row errors: in the run's language, ID numbers masked in every output", () => {
  const id = "340104199001011239";
  const masked = "3401**********1239";

  it("CSV cells in Chinese and in English, NDJSON's message in the run's language", async () => {
    writeFileSync(at("ids.csv"), `居民身份证号码,出生日期\n${id},${id}\n`);
    const zh = await butie(["batch", at("ids.csv"), "--as-of", "2022-03-01"]);
    const en = await butie(["batch", at("ids.csv"), "--as-of", "2022-03-01", "--lang", "en"]);
    const ndjson = await butie(["batch", at("ids.csv"), "--as-of", "2022-03-01", "--format", "ndjson"]);
    for (const run of [zh, en, ndjson]) {
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(id);
      expect(run.stdout).toContain(masked);
    }
    expect(zh.stdout).toContain("第 2 列（出生日期）");
    expect(en.stdout).toContain("column 出生日期 (no. 2)");
    const [error] = JSON.parse(ndjson.stdout.split("\n")[0] as string).errors;
    // The column names the field: no path beside it.
    expect(error.message).toContain("第 2 列（出生日期）：");
    expect(error.message).toContain(masked);
    expect(error).not.toHaveProperty("messageZh");
  });

  it("an NDJSON record's problem, worded in either language", async () => {
    writeFileSync(at("ids.ndjson"), `${JSON.stringify({ person: { birthDate: id } })}\n`);
    for (const lang of ["zh", "en"]) {
      const run = await butie(["batch", at("ids.ndjson"), "--as-of", "2022-03-01", "--lang", lang]);
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(id);
      const [error] = JSON.parse(run.stdout.split("\n")[0] as string).errors;
      expect(error.message).toContain(
        lang === "en" ? `\`person.birthDate\`: "${masked}" is not a calendar date` : "不是有效的日期",
      );
      expect(error.message).toContain(masked);
    }
  });

  it("masks an ID number inside a message given as a parameter (a key typed as an ID, in the field's path)", () => {
    const catalogue = loadFieldCatalogue(join(REPO, "rules/fields.yaml"));
    const read = ndjsonProfile(JSON.stringify({ person: { [id]: 1 } }), catalogue, "f.ndjson", 2);
    // Worded without the output guard: the row's own masking must reach the path inside the problem.
    for (const lang of ["zh", "en"] as const) {
      const said = read.diagnostics.map((d) => formatDiagnosticIn(d, lang)).join("\n");
      expect(said).toContain(`\`person.${masked}\``);
      expect(said).not.toContain(id);
    }
  });
});
