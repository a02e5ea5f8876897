import { describe, expect, it } from "vitest";
import { butie, scenario } from "./memoryIo.js";

// hostile2 F8 (task F9): a profile of empty YAML documents (`---` twice, the tester's twoempty.yaml) got the YAML
// library's instruction to a programmer, "please use YAML.parseAllDocuments()", as its only explanation.
const twoEmpty = `${scenario("eval-multi")}twoempty.yaml`;

describe("a file of empty documents says that no applicant is in it, in the run's language", () => {
  it.each([
    ["zh", ["eval", twoEmpty], "2 个用“---”分隔的部分，都是空的"],
    ["en", ["eval", twoEmpty, "--lang", "en"], 'holds 2 parts separated by "---", all of them empty'],
  ])("%s", async (_lang, argv, words) => {
    const run = await butie(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/parseAllDocuments|Source contains/);
  });

  it("the same from standard input, and for three empty documents", async () => {
    const run = await butie(["eval", "-"], { stdin: "---\n---\n---\n" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("3 个用“---”分隔的部分");
  });
});
