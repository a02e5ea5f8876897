import { describe, expect, it } from "vitest";
import { type AsOf, asOfDate, evaluateProgram } from "../../src/engine/evaluateProgram.js";
import type { ArithmeticRecord } from "../../src/expr/explainRecord.js";
import { readProfile } from "../../src/profile/loadProfile.js";
import { loadRules } from "../../src/rules/loadRules.js";
import { YamlSource } from "../../src/rules/yamlSource.js";
import { butie } from "../cli/memoryIo.js";

// Issue 17: a count of hires is a number of persons, and an amount per person times persons is money. The
// Hubei hire reward: 每吸纳1人 2000元; two hires, one qualifies (the other was not lifted out of poverty):
// 1 × 2000 = 2000 元; both qualify: 2 × 2000 = 4000 元.

const profile = (secondQualifies: boolean) => `
employer:
  region: "420102"
  hires:
    - { povertyAlleviated: true, contractMonths: 12, employedMonths: 12 }
    - { povertyAlleviated: ${secondQualifies}, contractMonths: 12, employedMonths: 12 }
`;
const evalHires = (secondQualifies: boolean, lang: "zh" | "en") =>
  butie(["eval", "-", "--as-of", "2022-09-01", "--program", "hubei.hiring-reward", "--lang", lang], {
    stdin: profile(secondQualifies),
  });

describe("a count of persons in the arithmetic", () => {
  it("is a fact of the record: the count names its filter, the result is in yuan", () => {
    const rules = loadRules();
    const read = readProfile(new YamlSource("p.yaml", profile(true)), rules.fields).profile;
    const program = rules.programs.get("hubei.hiring-reward");
    if (!read || !program) throw new Error("setup");
    const r = evaluateProgram(program, read, asOfDate("2022-09-01") as AsOf);
    const rec = r.amount?.records?.find((x) => x.kind === "arithmetic") as ArithmeticRecord;
    expect(rec.left.counts).toBe("qualifyingHires");
    expect(rec.right).toMatchObject({ name: "rewardPerHire", unit: "yuan" });
    // 2 × 2000 = 4000 yuan
    expect(rec.result.toString()).toBe("4000");
    expect(rec.unit).toBe("yuan");
  });

  it("reads persons × yuan per person = yuan in Chinese", async () => {
    const one = await evalHires(false, "zh");
    expect(one.stdout).toContain(
      "符合奖补条件的吸纳人员 1人 × 每吸纳1人奖补 2000元（依据[1]，自2021年8月26日起） = 2000元",
    );
    const two = await evalHires(true, "zh");
    expect(two.stdout).toContain(
      "符合奖补条件的吸纳人员 2人 × 每吸纳1人奖补 2000元（依据[1]，自2021年8月26日起） = 4000元",
    );
  });

  it("reads person(s) × yuan = yuan in English", async () => {
    const one = await evalHires(false, "en");
    expect(one.stdout).toContain(
      "Hires that qualify 1 person × Reward per qualifying hire 2000 yuan (source [1], from 26 August 2021) = 2000 yuan",
    );
    const two = await evalHires(true, "en");
    expect(two.stdout).toContain(
      "Hires that qualify 2 people × Reward per qualifying hire 2000 yuan (source [1], from 26 August 2021) = 4000 yuan",
    );
  });

  it("keeps the trace notation plain (the fixture's explain: reads 1 × 2000 = 2000)", async () => {
    const { stdout } = await butie(
      ["eval", "-", "--as-of", "2022-09-01", "--program", "hubei.hiring-reward", "--trace"],
      { stdin: profile(false) },
    );
    expect(stdout).toContain("1 × 2000 = 2000");
  });
});
