import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// Issue 10 §8: each lint fires on a minimal example (a copy of a clean rule with one mistake) and not on the
// bundled rules.
const CASES = [
  [
    "lint-parameter-gap",
    "startup-subsidy.yaml:16:7 rule/parameter-gap `standardSubsidy` has no value from 2021-08-26 (inForce.from) until 2021-09-01",
  ],
  [
    "lint-unrounded-division",
    "startup-subsidy.yaml:24:10 rule/unrounded-division money computed with `/` and no round(…)",
  ],
  [
    "lint-folded-chinese",
    "startup-subsidy.yaml:10:12 rule/folded-chinese (warning) a folded block (>) joins lines with a space",
  ],
  [
    "lint-between-order",
    "startup-subsidy.yaml:19:11 rule/between-order (warning) monthsBetween(asOf, …) counts backwards",
  ],
  [
    "lint-function-synonym",
    "startup-subsidy.yaml:19:40 expr/unknown-function unknown function `age` (to mean that, write `yearsBetween(person.birthDate, asOf)`)",
  ],
  // analyst F13: currency dates that contradict each other.
  [
    "lint-horizon-before-from",
    "reemployment-bonus.yaml:11:18 rule/dates-unordered horizon 2022-06-01 is before inForce begins (2023-01-01)",
  ],
  [
    "lint-unknown-before",
    "reemployment-bonus.yaml:30:27 rule/dates-unordered resetWithin 2024-01-01 is before the source's confirmation (2024-06-01)",
  ],
  [
    "lint-confirm-future",
    "reemployment-bonus.yaml:31:66 rule/confirmed-future confirmed on 2099-06-01, after today (",
  ],
  // analyst F1: units, bare amounts, jurisdiction names.
  [
    "lint-unit-typo",
    "reemployment-bonus.yaml:24:11 rule/unknown-unit parameter `lowAmount` has unit `yaun`, which is none of the known units (months, years, days, ratio, yuan, yuan/month) (did you mean `yuan`?)",
  ],
  [
    "lint-bare-amount",
    "reemployment-bonus.yaml:33:10 rule/bare-amount (warning) an amount written as the bare number 800",
  ],
  [
    "lint-name-mismatch",
    "reemployment-bonus.yaml:8:15 rule/jurisdiction-name the name “银川市” does not match code 640200, which is 石嘴山市",
  ],
  // analyst F12: a condition `>= 12` with a first tier `from: 13`.
  [
    "lint-tier-floor",
    "reemployment-bonus.yaml:43:11 rule/tier-floor (warning) condition contributed-one-year lets unemployment.contributionMonths be 12, but the lowest tier starts at 13",
  ],
] as const;

describe("rule lints", () => {
  it.each(CASES)("%s fires on its minimal example, and only it", async (scenario, expected) => {
    const { stderr } = await butie(["check", "--lang", "en", `test/fixtures-data/${scenario}`]);
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`test/fixtures-data/${scenario}/${expected}`);
  });

  it("none fires on the clean baseline or on the bundled rules", async () => {
    expect((await butie(["check", "--lang", "en", "test/fixtures-data/check-clean"])).stderr).toBe(
      "0 errors, 0 warnings in 1 file\n",
    );
    const bundled = await butie(["check", "--lang", "en"]);
    expect(bundled.stderr).toMatch(/^0 errors, 0 warnings in \d+ files\n$/);
  });

  it("a rounded division is not flagged", async () => {
    const { stderr } = await butie(["check", "--lang", "en", "test/fixtures-data/bureau-walkthrough"]);
    expect(stderr).not.toContain("rule/");
  });
});
