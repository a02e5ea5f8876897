import { describe, expect, it } from "vitest";
import { butie, scenario } from "../cli/memoryIo.js";

// analyst2 F5b, F5c, F5: the case report lists every source its decision rests on — each condition's, each
// parameter value's on the date used (a free-text `ref` too, as itself), each shown caveat's — once, numbered; and
// each figure of the arithmetic carries its source's number and the date it took effect.

const NINGXIA = "examples/ningxia-unemployment.yaml";
const SUBSIDY = ["--program", "ningxia.unemployment-subsidy", "--as-of", "2021-09-01"];

/** The numbered titles under the report's source heading. */
function sourceTitles(markdown: string, heading = "## 政策依据"): string[] {
  const part = markdown.split(heading)[1]?.split("\n## ")[0] ?? "";
  return [...part.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1] as string);
}

/** The arithmetic lines of the report (its first program), Markdown's escapes undone. */
function arithmetic(markdown: string, heading = "**计算过程**"): string[] {
  const part = markdown.split(heading)[1]?.split(/\n\n(?!- )/)[0] ?? "";
  return part
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.replace(/\\(.)/g, "$1"));
}

/** The number of the first listed source whose title contains `text`. */
const numberOf = (titles: string[], text: string) => titles.findIndex((t) => t.includes(text)) + 1;

describe("the sources a decision rests on (F5b, F5c)", () => {
  it("list the 2021 notice whose value a 2021 decision used, which its own caveat names", async () => {
    const { stdout } = await butie(["eval", NINGXIA, ...SUBSIDY, "--format", "md"]);
    const titles = sourceTitles(stdout);
    expect(numberOf(titles, "人社部发〔2021〕29号")).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("list the free-text origin of an assumed value (Hefei's original retirement age)", async () => {
    const { stdout } = await butie(["eval", "examples/hefei-provident-fund.yaml", "--format", "md"]);
    expect(sourceTitles(stdout).join("\n")).toContain("假定（未找到公开出处）");
  });

  it("show a value whose ref is free text as its own source, in the report and the terminal view", async () => {
    const dir = scenario("report-free-ref");
    const args = ["eval", `${dir}applicant.yaml`, "--rules", `${dir}rules`, "--as-of", "2022-09-01"];
    const md = await butie([...args, "--program", "xiaogan.startup-tiered", "--format", "md"]);
    const titles = sourceTitles(md.stdout);
    const n = numberOf(titles, "本局2021年会议纪要（未公开）");
    expect(n).toBeGreaterThan(0);
    expect(arithmetic(md.stdout).join("\n")).toMatch(new RegExp(`返乡补贴 5000元（依据\\[${n}\\]`));
    const plain = await butie([...args, "--program", "xiaogan.startup-tiered"]);
    expect(plain.stdout).toContain("本局2021年会议纪要（未公开）");
  });
});

describe("each figure of the arithmetic tied to its source and effective date (F5)", () => {
  it("gives the standard, the rate and the months their source numbers and dates", async () => {
    const { stdout } = await butie(["eval", NINGXIA, ...SUBSIDY, "--format", "md"]);
    const titles = sourceTitles(stdout);
    const lines = arithmetic(stdout).join("\n");
    const standard = numberOf(titles, "9月起宁夏回族自治区调整失业保险金标准");
    const tiers = numberOf(titles, "银川市失业补助金申领通知");
    const months = numberOf(titles, "人社部发〔2020〕40号");
    expect(lines).toContain(`1656元/月（依据[${standard}]，自2021年9月1日起）`);
    expect(lines).toContain(`第一档比例 80%（依据[${tiers}]，自2020年3月1日起）`);
    expect(lines).toContain(`最长发放月数 6个月（依据[${months}]，自2020年3月1日起）`);
  });

  it("shows the value of an amount chosen by a case, with its source (no arithmetic before)", async () => {
    const { stdout } = await butie([
      "eval",
      "examples/hubei-startup.yaml",
      "--as-of",
      "2022-09-01",
      "--program",
      "hubei.startup-subsidy",
      "--format",
      "md",
    ]);
    const n = numberOf(sourceTitles(stdout), "湖北12条");
    expect(arithmetic(stdout).join("\n")).toMatch(new RegExp(`5000元（依据\\[${n}\\]，自2021年8月26日起）`));
  });

  it("says the same in English", async () => {
    const { stdout } = await butie(["eval", NINGXIA, ...SUBSIDY, "--format", "md", "--lang", "en"]);
    const titles = sourceTitles(stdout, "## Legal sources");
    const standard = numberOf(titles, "9月起宁夏回族自治区调整失业保险金标准");
    expect(arithmetic(stdout, "**Arithmetic**").join("\n")).toContain(
      `1656 yuan/month (source [${standard}], from 1 September 2021)`,
    );
  });
});
