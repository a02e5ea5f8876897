import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// Issue 17 §7: the case report quotes only the sources that bear on this person's decision.

const NINGXIA = "examples/ningxia-unemployment.yaml";

/** The numbered titles under the report's source heading. */
function sourceTitles(markdown: string): string[] {
  const part = markdown.split("## 政策依据")[1]?.split("\n## ")[0] ?? "";
  return [...part.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1] as string);
}

describe("the sources of the case report", () => {
  it("cite, for an ineligible program, the failed condition's source, not those of conditions that held", async () => {
    const { stdout } = await butie(["eval", NINGXIA, "--format", "md", "--as-of", "2021-09-01"]);
    const titles = sourceTitles(stdout);
    // 失业保险金 fails on 缴费满12个月 (条例第十四条); its conditions that held (retirement age, 第六十三条; the
    // continuation, 第七条 and Tianjin's answer) do not decide it.
    expect(titles.some((t) => t.includes("第十四条"))).toBe(true);
    expect(titles.join("\n")).not.toContain("天津市人力资源和社会保障局");
    // (The eligible subsidy, for people of working age, cites 第六十三条 itself; the benefit's section does not.)
    const benefit = stdout.split("## ✗ 宁夏失业保险金")[1]?.split("\n## ")[0] ?? "";
    const benefitCites = [...(/依据：(.*)（/.exec(benefit)?.[1] ?? "").matchAll(/\[(\d+)\]/g)].map((m) =>
      Number(m[1]),
    );
    expect(benefitCites.length).toBeGreaterThan(0);
    for (const n of benefitCites) expect(titles[n - 1]).not.toContain("第六十三条");
    // The eligible subsidy cites its conditions and the values its amount used (the 2021 standard).
    expect(titles.join("\n")).toContain("9月起宁夏回族自治区调整失业保险金标准");
    // Each listed program points at its numbers, and every number is listed once.
    const cited = [...stdout.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(Math.max(...cited)).toBe(titles.length);
    expect(titles.length).toBeLessThan(18);
  });

  it("cite, for an undetermined program, the sources of the open conditions", async () => {
    const { stdout } = await butie(["eval", NINGXIA, "--format", "md", "--as-of", "2021-09-01"]);
    const migrant = stdout.split("## ? 宁夏失业农民工临时生活补助")[1]?.split("\n## ")[0] ?? "";
    const numbers = [...(/依据：(.*)（/.exec(migrant)?.[1] ?? "").matchAll(/\[(\d+)\]/g)].map((m) =>
      Number(m[1]),
    );
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.length).toBeLessThan(6);
  });
});
