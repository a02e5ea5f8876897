import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

const DIR = "test/fixtures-data/analyst3-coverage";

describe("analyst3: coverage counts only what a fixture checks", () => {
  // F4: tier 3 typed 40000 instead of 4000; the fixtures pass through every tier and assert no amount.
  it("F4: a tier reached by fixtures that assert no amount is not covered", async () => {
    const { code, stdout } = await butie(["test", `${DIR}/noamt`, "--coverage", "--min-coverage", "100"]);
    expect(code).toBe(1);
    expect(stdout).not.toContain("100.0%  xianning.startup-tiered");
    expect(stdout).toContain("amount value case 3 (reached, but no fixture there asserts the amount)");
  });

  // F10: two fixtures, both not-applicable (another city; after inForce.to): nothing of the program ran.
  it("F10: a program whose fixtures all expect not-applicable is UNTESTED, never green", async () => {
    const { code, stdout } = await butie(["test", `${DIR}/na`, "--lang", "en"]);
    expect(code).toBe(1);
    expect(stdout).toContain("UNTESTED");
    expect(stdout).toContain("xianning.startup-tiered");
  });

  it("the analyst's full fixtures are still 100 %", async () => {
    const { code, stdout } = await butie([
      "test",
      "test/fixtures-data/analyst3-exclusions/xn",
      "--coverage",
      "--min-coverage",
      "100",
    ]);
    expect(stdout).toContain("100.0%  xianning.startup-tiered");
    expect(code).toBe(0);
  });
});
