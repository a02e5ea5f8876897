import { describe, expect, it } from "vitest";
import { butie, scenario } from "../cli/memoryIo.js";

// analyst F12: an eligible value in no tier (12 months, the first tier from 13) is no amount, said in words;
// nothing is missing (`missing` holds field paths only) and `ask` does not stop on it.
const dir = scenario("no-tier");
const base = ["m12.yaml", "--rules", "rules", "--as-of", "2024-06-01"];
const BONUS = "shizuishan.reemployment-bonus";

describe("an eligible value that falls in no tier", () => {
  it("JSON: no amount, a note in words, nothing missing", async () => {
    const run = await butie(["eval", ...base, "--format", "json", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout).results.find((r: { program: string }) => r.program === BONUS);
    expect(result.status).toBe("eligible");
    expect(result.missing).toEqual([]);
    expect(result.amount.value).toBeNull();
    expect(result.amount.amountNote).toBe("no amount: Months of contributions 12 falls in no tier");
  });

  it("plain zh: says the reason, asks for nothing, shows no engine token", async () => {
    const run = await butie(["eval", ...base, "--program", BONUS], { cwd: dir });
    expect(run.stdout).toContain("累计缴费月数 12 不在任何档次内");
    expect(run.stdout).not.toMatch(/tier:|待补充|未填写的信息/);
  });

  it("ask --replay finishes", async () => {
    const run = await butie(["ask", "--replay", ...base], { cwd: dir });
    expect(run.stderr).not.toMatch(/internal error|not a field path/);
    expect(run.code).toBe(0);
  });
});

describe("a condition that reads a parameter with no value on the date", () => {
  it("ask --replay does not stop on it (it cannot be asked)", async () => {
    const run = await butie(
      ["ask", "--replay", "m12.yaml", "--rules", "later-param", "--as-of", "2024-06-01"],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).not.toMatch(/internal error|not a field path/);
    expect(run.code).toBe(0);
  });
});
