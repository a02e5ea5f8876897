import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst3: rules `check` called clean although they pay a wrong amount, leave a band with no amount, or explain
// a decision with another number than the one used. Each scenario is the analyst's 咸宁 rule with one mistake.
const CASES = [
  // F6: the lowest tier's start is a parameter (24) above the condition's (12).
  ["tf-lit2", "rule/tier-floor", "from 12 to below 24"],
  // F6: the condition's threshold is a number (6), the lowest tier's start a parameter (12).
  ["tier-below-condition", "rule/tier-floor", "from 6 to below 12"],
  // F7: a one-off yuan amount paid per month, and a yuan/month amount paid once.
  ["per-month-yuan", "rule/unit-mismatch", "amount.per is month"],
  ["money-yuan-month-as-once", "rule/unit-mismatch", "amount.per is once"],
  // F9: an amount whose ref is free text, not a source.
  ["freeref", "rule/amount-unsourced", "科长口头说的"],
  // F11: the test reads midMonths, the sentence still quotes minMonths.
  ["placeholder-param-not-in-test", "rule/placeholder-unread", "{minMonths}"],
] as const;

describe("analyst3: check finds what the analyst's mutations hid", () => {
  it.each(CASES)("%s: %s", async (scenario, code, words) => {
    const { stderr } = await butie(["check", `test/fixtures-data/analyst3-lint-${scenario}`, "--lang", "en"]);
    const line = stderr.split("\n").find((l) => l.includes(code)) ?? stderr;
    expect(line).toContain(`test/fixtures-data/analyst3-lint-${scenario}/`);
    expect(line).toContain(words);
  });
});

describe("analyst3 F8: an override table that leaves out a key", () => {
  it("is said, naming the keys left out", async () => {
    const { stderr } = await butie(["check", "test/fixtures-data/analyst3-table-keys"]);
    const line = stderr.split("\n").find((l) => l.includes("rule/table-keys")) ?? stderr;
    expect(line).toContain("benefit-2024.yaml");
    expect(line).toContain("2024-01-01");
    expect(line).toMatch(/\b2\b/);
  });
});

describe("analyst3 E13: an override value after the program's term", () => {
  it("is said: it can never apply", async () => {
    const { stderr } = await butie(["check", "test/fixtures-data/analyst3-value-after-term"]);
    const line = stderr.split("\n").find((l) => l.includes("rule/value-after-term")) ?? stderr;
    expect(line).toContain("2023-06-01");
    expect(line).toContain("2022-12-31");
  });
});

describe("analyst3 E2: an overrides file that empties tiers", () => {
  it("is blamed on the file, not on --param", async () => {
    const args = [
      "check",
      "test/fixtures-data/analyst3-file-tiers",
      "--rules",
      "test/fixtures-data/analyst3-exclusions/xn",
    ];
    const { code, stderr } = await butie(args);
    expect(code).toBe(1);
    const line = stderr.split("\n").find((l) => l.includes("rule/override")) ?? stderr;
    expect(line).toContain("xn-mid.yaml");
    expect(line).not.toContain("--param");
  });
});
