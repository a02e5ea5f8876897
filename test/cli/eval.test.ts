import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANSI, butie, REPO, STACK_FRAME, scenario } from "./memoryIo.js";

const HEFEI = "examples/hefei-provident-fund.yaml";
const NINGXIA = "examples/ningxia-unemployment.yaml";

describe("butie eval", () => {
  it("prints the Hefei monthly deposit of 334 yuan with its arithmetic, and exits 0", async () => {
    const { code, stdout, stderr } = await butie(["eval", HEFEI, "--lang", "en"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("334 yuan a month");
    expect(stdout).toContain("Monthly contribution base 3333 yuan/month × Contribution ratio 5% = 166.65");
    expect(stdout).toContain("166.65 yuan/month rounded half up to the yuan = 167 yuan/month");
    expect(stdout).toContain("As of 1 March 2022");
  });

  it("keeps the engine-level arithmetic with --trace, for analysts", async () => {
    const { code, stdout } = await butie(["eval", HEFEI, "--lang", "en", "--trace"]);
    expect(code).toBe(0);
    expect(stdout).toContain("3333 × 5% = 166.65; 166.65 → 167 (half-up, 0 dp); 167 × 2 = 334");
    expect(stdout).toContain("minimumAge = 18");
  });

  it("speaks Chinese by default", async () => {
    const { code, stdout } = await butie(["eval", HEFEI]);
    expect(code).toBe(0);
    // 月缴存额 is paid in by the person: said as a deposit, never as money received.
    expect(stdout).toContain("符合条件，预计每月缴存334元；这是本人缴存的金额");
    expect(stdout).toContain("月缴存基数 3333元/月 × 缴存比例 5% = 166.65元/月");
    expect(stdout).toContain("166.65元/月 按四舍五入到元 = 167元/月");
    expect(stdout).toContain("年满18周岁（生日当天即满）：2008年1月1日已满");
  });

  it("prints a Markdown report with --format md", async () => {
    const { code, stdout } = await butie(["eval", HEFEI, "--format", "md"]);
    expect(code).toBe(0);
    expect(stdout).toContain("| 合肥市个人自愿缴存住房公积金 | ✓ 符合条件，预计每月缴存334元；");
    expect(stdout).not.toContain("examples/");
  });

  describe("--format json", () => {
    it("has the pinned keys", async () => {
      const { code, stdout, stderr } = await butie(["eval", HEFEI, "--format", "json"]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      const json = JSON.parse(stdout);
      expect(json.asOf).toBe("2022-03-01");
      expect(json.results).toHaveLength(1);
      const [result] = json.results;
      expect(result).toMatchObject({
        program: "hefei.provident-fund",
        title: { zh: "合肥市个人自愿缴存住房公积金", en: "Hefei voluntary housing provident fund deposits" },
        status: "eligible",
        amount: { value: 334, currency: "CNY", per: "month" },
        missing: [],
      });
      expect(result.conditions.length).toBeGreaterThan(0);
      for (const c of result.conditions) {
        expect(typeof c.id).toBe("string");
        expect([true, false, null]).toContain(c.result);
        expect(typeof c.explain).toBe("string");
      }
      expect(result.conditions.map((c: { id: string }) => c.id)).toContain("ratio-in-range");
      expect(result.sources.length).toBeGreaterThan(0);
      for (const s of result.sources) expect(typeof s.title).toBe("string");
      expect(result.sources[0].url).toMatch(/^https?:\/\//);
    });

    it("gives exact decimal amounts, months and total (Ningxia, class-2 county, 2021-09-01)", async () => {
      const { code, stdout } = await butie([
        "eval",
        NINGXIA,
        "--format",
        "json",
        "--as-of",
        "2021-09-01",
        "--program",
        "ningxia.unemployment-subsidy",
      ]);
      expect(code).toBe(0);
      expect(stdout).toContain('"value": 1324.8,');
      const [result] = JSON.parse(stdout).results;
      expect(result.status).toBe("eligible");
      expect(result.amount).toMatchObject({
        value: 1324.8,
        currency: "CNY",
        per: "month",
        months: 6,
        total: 7948.8,
      });
    });

    it("says null for an unknown condition and lists the missing field", async () => {
      const profile =
        'person: { sex: female, hukouRegion: "340104", fullCivilCapacity: true }\n' +
        'pension: { region: "340104", asIndividual: true, continuousMonths: 14 }\n' +
        "providentFund: { base: 3333, ratio: 0.05 }\n";
      const { code, stdout } = await butie(["eval", "-", "--format", "json"], { stdin: profile });
      expect(code).toBe(0);
      const [result] = JSON.parse(stdout).results;
      expect(result.status).toBe("undetermined");
      expect(result.amount).toBeNull();
      expect(result.missing).toEqual(["person.birthDate"]);
      expect(result.conditions.find((c: { id: string }) => c.id === "adult").result).toBeNull();
    });

    it("writes one JSON object per line for several profiles (NDJSON)", async () => {
      const { code, stdout } = await butie(["eval", HEFEI, NINGXIA, "--format", "json"]);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(2);
      const [hefei, ningxia] = lines.map((l) => JSON.parse(l));
      expect(hefei.profile).toBe(HEFEI);
      expect(hefei.results.map((r: { program: string }) => r.program)).toEqual(["hefei.provident-fund"]);
      expect(ningxia.profile).toBe(NINGXIA);
      expect(ningxia.results.map((r: { program: string }) => r.program)).toContain(
        "ningxia.unemployment-subsidy",
      );
    });
  });

  it("reads a profile from stdin with -", async () => {
    const text = readFileSync(`${REPO}${HEFEI}`, "utf8");
    const { code, stdout } = await butie(["eval", "-", "--format", "json"], { stdin: text });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results[0].amount.value).toBe(334);
  });

  it("never prints the resident ID number", async () => {
    const text = `${readFileSync(`${REPO}${HEFEI}`, "utf8")}\n`
      .replace("person:\n", 'person:\n  idNumber: "340104199001011239"\n')
      .replace("  birthDate: 1990-01-01\n  sex: female\n", "");
    for (const format of ["table", "json", "md"]) {
      const { code, stdout } = await butie(["eval", "-", "--format", format], { stdin: text });
      expect(code).toBe(0);
      expect(stdout).not.toContain("340104199001011239");
    }
  });

  describe("could not run: exit 2", () => {
    it("a malformed profile gives a located message on stderr, no stack trace", async () => {
      const { code, stdout, stderr } = await butie(["eval", "bad.yaml", "--lang", "en"], {
        cwd: scenario("eval-bad-profile"),
      });
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(
        "bad.yaml:3:14 profile/date `person.birthDate`: 2021-02-30 is not a calendar date (YYYY-MM-DD)\n",
      );
      expect(stderr).not.toMatch(STACK_FRAME);
    });

    it("in JSON mode the error is JSON on stdout", async () => {
      const { code, stdout, stderr } = await butie(["eval", "bad.yaml", "--format", "json"], {
        cwd: scenario("eval-bad-profile"),
      });
      expect(code).toBe(2);
      expect(stderr).toBe("");
      expect(JSON.parse(stdout)).toEqual({
        error: {
          kind: "input",
          diagnostics: [
            expect.objectContaining({
              file: "bad.yaml",
              line: 3,
              col: 14,
              code: "profile/date",
              path: "person.birthDate",
            }),
          ],
        },
      });
    });

    it("a profile file that does not exist", async () => {
      const { code, stderr } = await butie(["eval", "nowhere.yaml", "--lang", "en"]);
      expect(code).toBe(2);
      expect(stderr).toBe("nowhere.yaml:1:1 input/unreadable cannot read: no such file\n");
      const zh = await butie(["eval", "nowhere.yaml"]);
      expect(zh.stderr).toBe("nowhere.yaml:1:1 input/unreadable 无法读取：文件不存在\n");
    });

    it("an unknown option", async () => {
      const { code, stdout, stderr } = await butie(["eval", HEFEI, "--colour", "--lang", "en"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("unknown option '--colour'");
      expect(stderr).not.toMatch(STACK_FRAME);
    });

    it("an unknown command, with a suggestion", async () => {
      const { code, stderr } = await butie(["evl", HEFEI, "--lang", "en"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/unknown command 'evl'[\s\S]*eval/);
      expect((await butie(["evl", HEFEI])).stderr).toMatch(/未知命令 'evl'（是否想用 eval？）/);
    });

    it("an unknown program id, with a suggestion", async () => {
      const { code, stderr } = await butie([
        "eval",
        HEFEI,
        "--program",
        "hefei.provident-fun",
        "--lang",
        "en",
      ]);
      expect(code).toBe(2);
      expect(stderr).toBe(
        "butie: unknown program `hefei.provident-fun` (did you mean `hefei.provident-fund`?)\n",
      );
      expect((await butie(["eval", HEFEI, "--program", "hefei.provident-fun"])).stderr).toBe(
        "butie: 未知的项目 `hefei.provident-fun`（是否想写 `hefei.provident-fund`？）\n",
      );
    });

    it("an as-of date that does not exist", async () => {
      const { code, stdout, stderr } = await butie(["eval", HEFEI, "--as-of", "2021-02-30", "--lang", "en"]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe("butie: --as-of 2021-02-30 is not a calendar date YYYY-MM-DD\n");
    });

    it("stdin named twice", async () => {
      const { code, stderr } = await butie(["eval", "-", "-"], { stdin: "person: {}\n" });
      expect(code).toBe(2);
      expect(stderr).toBe("butie: 标准输入（-）只能读取一次\n");
    });
  });

  describe("colour", () => {
    it("is off when stdout is not a terminal", async () => {
      const { stdout } = await butie(["eval", HEFEI], { isTTY: false });
      expect(stdout).not.toMatch(ANSI);
    });

    it("is on for a terminal", async () => {
      const { stdout } = await butie(["eval", HEFEI], { isTTY: true });
      expect(stdout).toMatch(ANSI);
    });

    it("is off on a terminal when NO_COLOR is set", async () => {
      const { stdout } = await butie(["eval", HEFEI], { isTTY: true, env: { NO_COLOR: "1" } });
      expect(stdout).not.toMatch(ANSI);
    });

    it("is off for JSON even on a terminal", async () => {
      const { stdout } = await butie(["eval", HEFEI, "--format", "json"], { isTTY: true });
      expect(stdout).not.toMatch(ANSI);
    });
  });

  it("--help exits 0 and lists the commands", async () => {
    const { code, stdout } = await butie(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/eval/);
    expect(stdout).toMatch(/test/);
  });
});
