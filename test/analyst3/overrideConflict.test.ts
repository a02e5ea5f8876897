import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst3 F2: two local directories that give one parameter a value from the same date made the amount follow
// the order of `--rules`, and `check` was clean. E14: one directory named twice replaced itself.
const DIR = "test/fixtures-data/analyst3-override-conflict";
const EVAL = ["eval", `${DIR}/ny.yaml`, "--as-of", "2021-10-01", "--program", "ningxia.unemployment-subsidy"];

describe("analyst3 F2: one dated value, one local file", () => {
  it("check names both files, the parameter and the date", async () => {
    const { code, stderr } = await butie(["check", `${DIR}/a`, `${DIR}/b`]);
    expect(code).toBe(1);
    const line = stderr.split("\n").find((l) => l.includes("rule/override-conflict")) ?? "";
    expect(line).toContain(`${DIR}/b/ningxia/subsidy-rates.yaml:10:7`);
    expect(line).toContain(`${DIR}/a/ningxia/subsidy-rates.yaml`);
    expect(line).toContain("higherTierRate");
    expect(line).toContain("2021-10-01");
    expect(line).toContain("85%");
    expect(line).toContain("95%");
    expect(stderr).toContain("2021-12-01");
  });

  it.each([
    [`${DIR}/a`, `${DIR}/b`],
    [`${DIR}/b`, `${DIR}/a`],
  ])("eval refuses either order (%s then %s)", async (first, second) => {
    const { code, stdout, stderr } = await butie([...EVAL, "--rules", first, "--rules", second]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("rule/override-conflict");
  });

  it("E14: a directory named twice is read once", async () => {
    const { code, stdout } = await butie([...EVAL, "--rules", `${DIR}/a`, "--rules", `./${DIR}/a/`]);
    expect(code).toBe(0);
    expect(stdout).toContain("1407.6");
  });

  it("E14: a replacement directory named twice says it replaced the bundled rule, not another local one", async () => {
    const dir = "test/fixtures-data/report-local-twice";
    const args = [
      "eval",
      `${dir}/trainee.yaml`,
      "--as-of",
      "2021-09-01",
      "--program",
      "hubei.training-uplift",
    ];
    const twice = await butie([...args, "--rules", `${dir}/first`, "--rules", `./${dir}/first/`]);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain("替换了内置规则");
    expect(twice.stdout).not.toContain("另一份本地规则");
  });
});
