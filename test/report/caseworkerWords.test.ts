import { describe, expect, it } from "vitest";
import { butie, scenario } from "../cli/memoryIo.js";

// analyst2 F3 and F7: the plain view and the case report say, in the run's language and in words, where a local value
// comes from (its source, never a file path); they list only the facts a decision read or still needs; and the
// report names what is still needed to the caseworker (户籍所在地), not as the citizen's question (您的…？).

const MIGRANT = [
  "eval",
  "examples/ningxia-migrant.yaml",
  "--rules",
  "examples/local-rules",
  "--as-of",
  "2021-09-01",
  "--program",
  "ningxia.migrant-living-subsidy",
];
const NOTICE = "示例：某经办机构关于失业农民工临时生活补助标准的通知（示例，非真实文件）";

describe("a local value and a local program, in words (F3)", () => {
  it.each([["md"], ["html"], ["table"]])(
    "names the local value's source, not its file (%s)",
    async (format) => {
      const { stdout } = await butie([...MIGRANT, "--format", format]);
      expect(stdout).toContain(`550元/月：依据本地规定：${NOTICE}`);
      expect(stdout).not.toContain("local rules");
      expect(stdout).not.toContain("examples/local-rules");
    },
  );

  it("says so in English in an English run", async () => {
    const { stdout } = await butie([...MIGRANT, "--format", "md", "--lang", "en"]);
    expect(stdout).toContain(`550 yuan/month: a local rule, per ${NOTICE}`);
  });

  it("calls a replaced program bundled only when it is, and names no file", async () => {
    const dir = scenario("report-local-twice");
    const args = [
      "eval",
      `${dir}trainee.yaml`,
      "--as-of",
      "2021-09-01",
      "--program",
      "hubei.training-uplift",
    ];
    const once = await butie([...args, "--rules", `${dir}first`, "--format", "md"]);
    expect(once.stdout).toContain("本项目按本地规则计算，替换了内置规则");
    const twice = await butie([
      ...args,
      "--rules",
      `${dir}first`,
      "--rules",
      `${dir}second`,
      "--format",
      "md",
    ]);
    expect(twice.stdout).toContain("本项目按本地规则计算，替换了先前加载的另一份本地规则");
    expect(twice.stdout).not.toContain("内置");
    expect(twice.stdout).not.toContain("training-uplift.yaml");
  });
});

describe("only the facts a decision read or needs (F7)", () => {
  it("leaves out facts not given that a decided condition did not need (a man's original retirement age)", async () => {
    const { stdout } = await butie([
      "eval",
      "examples/ningxia-unemployment.yaml",
      "--as-of",
      "2021-09-01",
      "--program",
      "ningxia.unemployment-subsidy",
      "--format",
      "md",
    ]);
    expect(stdout).not.toContain("原法定退休年龄（女职工）（未填写）");
    expect(stdout).not.toContain("失业保险金领取期满日期（未填写）");
    // A default that stood in for a fact not given is still said.
    expect(stdout).toContain("未填写往年是否已享受过，按未享受过计");
  });

  it("lists what is still needed by label in the report, to the caseworker", async () => {
    const { stdout } = await butie(["eval", "examples/hubei-startup.yaml", "--all", "--format", "md"]);
    const needed = stdout.split("**待补充**").slice(1).join("\n");
    expect(needed).toContain("- 户籍所在地");
    expect(needed).not.toMatch(/您|？/);
  });
});
