import { describe, expect, it } from "vitest";
import { butie, STACK_FRAME } from "./memoryIo.js";

/** A wide terminal, so that long engine-level lines of --trace are not wrapped. */
const WIDE = { env: { COLUMNS: "400" } };

const MIGRANT = "test/fixtures-data/migrant-2020.yaml";
const NINGXIA = "examples/ningxia-unemployment.yaml";
const MIGRANT_ID = "ningxia.migrant-living-subsidy";
const SUBSIDY_ID = "ningxia.unemployment-subsidy";
const LOCAL_RULES = "examples/local-rules";
const LOCAL_FILE = "examples/local-rules/ningxia/migrant-living-subsidy.yaml";
const PROGRAM_OVERRIDE = "test/fixtures-data/local-program-override";

/** `butie eval … --format json` for one program; the parsed result and the exit code. */
async function evalJson(profile: string, program: string, args: string[], stdin?: string) {
  const run = await butie(["eval", profile, "--format", "json", "--program", program, ...args], { stdin });
  return { ...run, result: run.code === 0 ? JSON.parse(run.stdout).results[0] : undefined };
}

describe("what-if: --param <program>.<parameter>=<value>", () => {
  it("without it, the unpublished migrant subsidy is eligible with no amount and a note", async () => {
    const { code, result } = await evalJson(MIGRANT, MIGRANT_ID, ["--as-of", "2020-09-01"]);
    expect(code).toBe(0);
    expect(result.status).toBe("eligible");
    expect(result.amount.value).toBeNull();
    expect(result.amount.amountNote).toContain("金额未公布");
  });

  it("supplies the monthly amount: 600 a month, 3 months, 1800 in all", async () => {
    const { code, result } = await evalJson(MIGRANT, MIGRANT_ID, [
      "--as-of",
      "2020-09-01",
      "--param",
      `${MIGRANT_ID}.monthlyAmount=600`,
    ]);
    expect(code).toBe(0);
    expect(result.status).toBe("eligible");
    expect(result.amount).toMatchObject({
      value: 600,
      currency: "CNY",
      per: "month",
      months: 3,
      total: 1800,
    });
    expect(result.amount.parameters).toContainEqual(
      expect.stringContaining(`--param ${MIGRANT_ID}.monthlyAmount=600`),
    );
  });

  it("says in the explanation that the value is overridden by --param", async () => {
    const { code, stdout } = await butie(
      [
        "eval",
        MIGRANT,
        "--as-of",
        "2020-09-01",
        "--lang",
        "en",
        "--param",
        `${MIGRANT_ID}.monthlyAmount=600`,
        "--trace",
      ],
      WIDE,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("600 yuan/month, at most 3 months, 1800 yuan in all");
    expect(stdout).toMatch(/Arithmetic: .*600 × 3 = 1800/);
    expect(stdout).toContain(`monthlyAmount = 600 (overridden: --param ${MIGRANT_ID}.monthlyAmount=600)`);
  });

  it("says so in Chinese and in Markdown too", async () => {
    const param = `${MIGRANT_ID}.monthlyAmount=600`;
    const zh = await butie(["eval", MIGRANT, "--as-of", "2020-09-01", "--param", param, "--trace"], WIDE);
    expect(zh.stdout).toContain(`monthlyAmount = 600 (已覆盖: --param ${param})`);
    const plain = await butie(["eval", MIGRANT, "--as-of", "2020-09-01", "--param", param]);
    expect(plain.stdout).toContain("每月600元，最长3个月，合计1800元");
    expect(plain.stdout).toContain("临时生活补助月标准 600元/月：由 --param");
    const md = await butie(["eval", MIGRANT, "--as-of", "2020-09-01", "--param", param, "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`--param ${param}`);
  });

  it("an undated value applies on every date the program is in force", async () => {
    const { result } = await evalJson(MIGRANT, MIGRANT_ID, [
      "--as-of",
      "2020-06-01",
      "--param",
      `${MIGRANT_ID}.monthlyAmount=600`,
    ]);
    expect(result.amount.value).toBe(600);
  });

  it("leaves other programs alone", async () => {
    const { result } = await evalJson(NINGXIA, SUBSIDY_ID, [
      "--as-of",
      "2021-09-01",
      "--param",
      `${MIGRANT_ID}.monthlyAmount=600`,
    ]);
    expect(result.amount.value).toBe(1324.8);
  });

  describe("a dated value: higherTierRate@2021-09-01=0.9", () => {
    const param = `${SUBSIDY_ID}.higherTierRate@2021-09-01=0.9`;

    it("applies from its date: 1656 × 90% = 1490.4 a month, 8942.4 in all", async () => {
      const { code, result } = await evalJson(NINGXIA, SUBSIDY_ID, [
        "--as-of",
        "2021-09-01",
        "--param",
        param,
      ]);
      expect(code).toBe(0);
      expect(result.amount).toMatchObject({ value: 1490.4, months: 6, total: 8942.4 });
      expect(result.amount.steps.join("; ")).toContain("1656 × 90% = 1490.4");
      expect(result.amount.parameters).toContainEqual(expect.stringContaining(`--param ${param}`));
    });

    it("the day before, the bundled 80% still applies: 1404 × 80% = 1123.2", async () => {
      const { result } = await evalJson(NINGXIA, SUBSIDY_ID, ["--as-of", "2021-08-31", "--param", param]);
      // August at the bundled 80 %; from September each month at the dated 90 %: 1123.2 + 5 × 1490.4.
      expect(result.amount).toMatchObject({ value: 1123.2, total: 8575.2 });
      // The first month's values are the bundled ones; the dated what-if is listed from its date (analyst F9).
      const overridden = result.amount.parameters.filter((p: string) => p.includes("--param"));
      expect(overridden).toHaveLength(1);
      expect(overridden[0]).toContain("2021-09-01");
    });

    it("without it, 2021-09-01 gives the bundled 1656 × 80% = 1324.8", async () => {
      const { result } = await evalJson(NINGXIA, SUBSIDY_ID, ["--as-of", "2021-09-01"]);
      expect(result.amount).toMatchObject({ value: 1324.8, total: 7948.8 });
    });
  });

  it("several --param values in one run", async () => {
    const { code, stdout } = await butie([
      "eval",
      "test/fixtures-data/yongning-2020.yaml",
      MIGRANT,
      "--as-of",
      "2020-09-01",
      "--format",
      "json",
      "--param",
      `${MIGRANT_ID}.monthlyAmount=600`,
      "--param",
      `${SUBSIDY_ID}.higherTierRate=0.9`,
    ]);
    expect(code).toBe(0);
    const [ningxia, migrant] = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    type Result = { program: string; amount: { value: number } };
    const find = (r: { results: Result[] }, id: string) => r.results.find((x) => x.program === id);
    expect(find(ningxia, SUBSIDY_ID)?.amount.value).toBe(1263.6);
    expect(find(migrant, MIGRANT_ID)?.amount.value).toBe(600);
  });

  describe("a bad --param: exit 2, no stack trace", () => {
    it.each([
      {
        what: "an unknown program, with a suggestion",
        param: "ningxia.migrant-living-subsidi.monthlyAmount=600",
        message:
          "butie: unknown program `ningxia.migrant-living-subsidi` (did you mean `ningxia.migrant-living-subsidy`?)\n",
      },
      {
        what: "an unknown parameter, with a suggestion",
        param: `${MIGRANT_ID}.monthlyAmont=600`,
        message: `butie: ${MIGRANT_ID} has no parameter \`monthlyAmont\` (did you mean \`monthlyAmount\`?)\n`,
      },
      {
        what: "a word for a number",
        param: `${MIGRANT_ID}.monthlyAmount=abc`,
        message: `butie: ${MIGRANT_ID}.monthlyAmount is a number; --param ${MIGRANT_ID}.monthlyAmount=abc gives a string\n`,
      },
      {
        what: "a boolean for a number",
        param: `${MIGRANT_ID}.monthlyAmount=true`,
        message: `butie: ${MIGRANT_ID}.monthlyAmount is a number; --param ${MIGRANT_ID}.monthlyAmount=true gives a boolean\n`,
      },
      {
        what: "a date that does not exist",
        param: `${MIGRANT_ID}.monthlyAmount@2021-02-30=600`,
        message: `butie: --param ${MIGRANT_ID}.monthlyAmount@2021-02-30=600: 2021-02-30 is not a calendar date\n`,
      },
      {
        what: "no `=`",
        param: `${MIGRANT_ID}.monthlyAmount`,
        message: `butie: --param ${MIGRANT_ID}.monthlyAmount: expected <program>.<parameter>[@YYYY-MM-DD]=<value>\n`,
      },
    ])("$what", async ({ param, message }) => {
      const { code, stdout, stderr } = await butie([
        "eval",
        MIGRANT,
        "--as-of",
        "2020-09-01",
        "--param",
        param,
        "--lang",
        "en",
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(message);
      expect(stderr).not.toMatch(STACK_FRAME);
    });

    it("in JSON mode the error is JSON on stdout", async () => {
      const { code, stdout, stderr } = await butie([
        "eval",
        MIGRANT,
        "--format",
        "json",
        "--param",
        `${MIGRANT_ID}.monthlyAmont=600`,
      ]);
      expect(code).toBe(2);
      expect(stderr).toBe("");
      expect(JSON.parse(stdout)).toEqual({
        error: expect.objectContaining({
          kind: "usage",
          message: `${MIGRANT_ID} has no parameter \`monthlyAmont\` (did you mean \`monthlyAmount\`?)`,
        }),
      });
    });
  });
});

describe("--rules <dir>: a bureau's local values", () => {
  it("the example override file supplies 550 a month, and the explanation names the local rules file", async () => {
    const { code, result } = await evalJson(MIGRANT, MIGRANT_ID, [
      "--as-of",
      "2020-09-01",
      "--rules",
      LOCAL_RULES,
    ]);
    expect(code).toBe(0);
    expect(result.status).toBe("eligible");
    expect(result.amount).toMatchObject({ value: 550, per: "month", months: 3, total: 1650 });
    expect(result.amount.parameters).toContainEqual(
      expect.stringMatching(new RegExp(`^monthlyAmount = 550 .*2020-07-01.*local rules ${LOCAL_FILE}`)),
    );
  });

  it("says so in the table view", async () => {
    const { code, stdout } = await butie(
      ["eval", MIGRANT, "--as-of", "2020-09-01", "--lang", "en", "--rules", LOCAL_RULES, "--trace"],
      WIDE,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("550 yuan/month, at most 3 months, 1650 yuan in all");
    expect(stdout).toContain(
      `monthlyAmount = 550 (since 2020-07-01, overridden: local rules ${LOCAL_FILE}, example-bureau-notice)`,
    );
  });

  it("before the local value's date, the amount is still unpublished", async () => {
    const { result } = await evalJson(MIGRANT, MIGRANT_ID, ["--as-of", "2020-06-30", "--rules", LOCAL_RULES]);
    expect(result.status).toBe("eligible");
    expect(result.amount.value).toBeNull();
  });

  it("--param wins over a local value", async () => {
    const { result } = await evalJson(MIGRANT, MIGRANT_ID, [
      "--as-of",
      "2020-09-01",
      "--rules",
      LOCAL_RULES,
      "--param",
      `${MIGRANT_ID}.monthlyAmount=600`,
    ]);
    expect(result.amount.value).toBe(600);
  });

  it("the bundled rules are unchanged without --rules", async () => {
    const { result } = await evalJson(MIGRANT, MIGRANT_ID, ["--as-of", "2020-09-01"]);
    expect(result.amount.value).toBeNull();
  });

  describe("a full program file with a bundled id replaces the bundled program", () => {
    const profile =
      'person: { povertyAlleviated: true }\ntraining: { region: "420100", subsidyStandard: 1500 }\n';
    const UPLIFT = "hubei.training-uplift";

    it("the local 30% uplift wins: 1500 → 1950 (bundled: 1800)", async () => {
      const local = await evalJson(
        "-",
        UPLIFT,
        ["--as-of", "2021-10-15", "--rules", PROGRAM_OVERRIDE],
        profile,
      );
      expect(local.code).toBe(0);
      expect(local.result).toMatchObject({
        status: "eligible",
        title: { en: "Test-only local 30% training-subsidy uplift" },
        amount: { value: 1950, per: "once" },
      });
      const bundled = await evalJson("-", UPLIFT, ["--as-of", "2021-10-15"], profile);
      expect(bundled.result.amount.value).toBe(1800);
    });

    // Issue 10 §2: a bundled fixture was written for the bundled program; it runs against that one, and says so.
    it("the bundled fixtures run against the bundled program, and the run says which were shadowed", async () => {
      const { code, stdout } = await butie(
        ["test", "rules/hubei", "--rules", PROGRAM_OVERRIDE, "--filter", "1500", "--lang", "en"],
        WIDE,
      );
      expect(code).toBe(0);
      expect(stdout).not.toContain("amount: expected 1800, got 1950");
      expect(stdout).toMatch(
        /^note: rules\/hubei\/training-uplift\.test\.yaml ran against the bundled hubei\.training-uplift, which test\/fixtures-data\/local-program-override\/hubei\/training-uplift\.yaml changes locally/m,
      );
    });

    // The issue asks for the override to be visible in the explanation, as it is for an overridden parameter: JSON
    // names the file; the plain view and the report say it in words, with no path (analyst2 F3).
    it("the explanation says the program came from local rules (JSON: which file)", async () => {
      for (const format of ["table", "json", "md"]) {
        const { code, stdout } = await butie(
          [
            "eval",
            "-",
            "--as-of",
            "2021-10-15",
            "--program",
            UPLIFT,
            "--rules",
            PROGRAM_OVERRIDE,
            "--format",
            format,
          ],
          { stdin: profile },
        );
        expect(code).toBe(0);
        if (format === "json") expect(stdout).toContain(`${PROGRAM_OVERRIDE}/hubei/training-uplift.yaml`);
        else expect(stdout, format).toContain("本项目按本地规则计算，替换了内置规则");
      }
    });
  });

  describe("a broken override file: exit 2", () => {
    // A caseworker running `eval --rules <bureau dir>` did not type the bad name: the message must say which file has it.
    it("an override of an unknown parameter names the override file", async () => {
      const { code, stdout, stderr } = await butie([
        "eval",
        MIGRANT,
        "--rules",
        "test/fixtures-data/check-override-problems",
      ]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).not.toMatch(STACK_FRAME);
      expect(stderr).toMatch(/did you mean/);
      expect(stderr).toMatch(/check-override-problems\/migrant-living-subsidy(-typo)?\.yaml/);
    });

    it("a value of the wrong kind names the override file", async () => {
      const { code, stderr } = await butie([
        "eval",
        MIGRANT,
        "--rules",
        "test/fixtures-data/override-wrong-kind",
      ]);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(STACK_FRAME);
      expect(stderr).toContain("monthlyAmount is a number");
      expect(stderr).toContain("test/fixtures-data/override-wrong-kind/migrant-living-subsidy.yaml");
    });
  });

  it("a --rules directory that does not exist: exit 2", async () => {
    const { code, stderr } = await butie(["eval", MIGRANT, "--rules", "nowhere-rules"]);
    expect(code).toBe(2);
    expect(stderr).toContain("nowhere-rules");
  });
});

describe("fixture params", () => {
  // A what-if in a fixture that names an unknown parameter should be a located error, like any fixture key.
  it("`butie test` locates a params key naming an unknown parameter: a failed file, exit 1", async () => {
    const { code, stdout } = await butie(
      ["test", "--lang", "en", "test/fixtures-data/check-fixture-params"],
      WIDE,
    );
    expect(code).toBe(1);
    expect(stdout).not.toMatch(STACK_FRAME);
    expect(stdout).toMatch(
      /^ +test\/fixtures-data\/check-fixture-params\/migrant-living-subsidy\.test\.yaml:5:13 \S+ .*`monthlyAmont`/m,
    );
  });
});
