import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst F16: a what-if (--param) is a hypothetical calculation, and every view says so in words at its head and
// in its summary, with each changed value from what the rules say to what was supposed.

const NINGXIA = "examples/ningxia-unemployment.yaml";
const WHAT_IF = [
  "eval",
  NINGXIA,
  "--as-of",
  "2021-09-01",
  "--program",
  "ningxia.unemployment-subsidy",
  "--param",
  "ningxia.unemployment-subsidy.higherTierRate=0.9",
];
const CHANGE = "宁夏失业补助金·第一档比例：80% → 90%";

describe("a what-if evaluation", () => {
  it("is headed and summed up as a hypothetical calculation in the HTML report", async () => {
    const { stdout } = await butie([...WHAT_IF, "--format", "html"]);
    expect(stdout).toContain("<h1>补贴资格假设测算（非正式结论）</h1>");
    expect(stdout).toContain("本测算改动了现行规定的数值，结果不是依现行规定作出的结论");
    expect(stdout).toContain(CHANGE);
    expect(stdout).toContain("<h2>结论摘要（假设测算）</h2>");
  });

  it("in the Markdown report", async () => {
    const { stdout } = await butie([...WHAT_IF, "--format", "md"]);
    expect(stdout.split("\n")[0]).toContain("# 补贴资格假设测算（非正式结论）");
    expect(stdout).toContain(CHANGE);
    expect(stdout).toContain("## 结论摘要（假设测算）");
  });

  it("in the terminal view", async () => {
    const { stdout } = await butie(WHAT_IF);
    expect(stdout.split("\n").slice(0, 4).join("\n")).toContain("本测算改动了现行规定的数值");
    expect(stdout).toContain(CHANGE);
  });

  it("in the trace", async () => {
    const { stdout } = await butie([...WHAT_IF, "--trace"]);
    expect(stdout).toContain(CHANGE);
  });

  it("from its own date when a dated what-if starts after the as-of date", async () => {
    const dated = [...WHAT_IF.slice(0, -1), "ningxia.unemployment-subsidy.higherTierRate@2021-11-01=0.9"];
    const { stdout } = await butie(dated);
    expect(stdout).toContain("宁夏失业补助金·第一档比例：自2021年11月1日起 80% → 90%");
  });

  it("in JSON, as the changes", async () => {
    const { stdout } = await butie([...WHAT_IF, "--format", "json"]);
    const json = JSON.parse(stdout);
    expect(json.whatIf).toEqual([
      {
        program: "ningxia.unemployment-subsidy",
        parameter: "higherTierRate",
        from: 0.8,
        to: 0.9,
        text: CHANGE,
      },
    ]);
  });

  it("in English", async () => {
    const { stdout } = await butie([...WHAT_IF, "--format", "html", "--lang", "en"]);
    expect(stdout).toContain("Hypothetical calculation (not a decision)");
    expect(stdout).toContain("Ningxia unemployment subsidy — Higher tier rate: 80% → 90%");
  });

  it("says nothing of the kind without --param", async () => {
    const { stdout } = await butie(WHAT_IF.slice(0, 6).concat(["--format", "html"]));
    expect(stdout).not.toContain("假设测算");
  });
});
