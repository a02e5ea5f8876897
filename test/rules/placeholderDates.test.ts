import { describe, expect, it } from "vitest";
import type { Value } from "../../src/expr/values.js";
import { fillPlaceholders } from "../../src/rules/placeholders.js";

// A date quoted into a sentence reads as people write it, in the sentence's own language.
describe("fillPlaceholders with a date", () => {
  const values = new Map<string, Value>([["yearStart", new Date(Date.UTC(2021, 0, 1))]]);
  const filled = fillPlaceholders(
    { zh: "本次失业发生在{yearStart}之后（含当日）", en: "The spell began on or after {yearStart}" },
    values,
    () => undefined,
  );

  it("writes 2021年1月1日 in Chinese, not 2021-01-01", () => {
    expect(filled.zh).toBe("本次失业发生在2021年1月1日之后（含当日）");
  });

  it("writes 1 January 2021 in English", () => {
    expect(filled.en).toBe("The spell began on or after 1 January 2021");
  });
});
