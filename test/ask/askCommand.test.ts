import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, onTestFinished } from "vitest";
import { type AskOptions, runAsk } from "../../src/cli/commands/ask.js";
import type { Io } from "../../src/cli/io.js";
import { butie, STACK_FRAME } from "../cli/memoryIo.js";
import { REPO } from "./helpers.js";
import { type Step, scriptedPrompter } from "./scriptedPrompter.js";

/** Run `ask` with a scripted person; stdout/stderr captured. */
async function ask(opts: Partial<AskOptions>, steps: readonly Step[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: Readable.from([]),
    env: {},
    cwd: REPO,
    isTTY: false,
    today: "2022-03-01",
  };
  const prompter = scriptedPrompter(steps);
  const code = await runAsk({ lang: "zh", ...opts }, io, prompter);
  return { code, stdout, stderr, prompter };
}

/**
 * The `eval` view inside the output of `ask`: from the date line to the end of the report. `ask` evaluates
 * only the programs of the situations chosen; `eval` also lists, one line each, the programs of other places.
 */
const evalView = (out: string) => {
  const end = ["答案已保存", "其他地区的项目"].map((s) => out.indexOf(s)).filter((i) => i >= 0);
  return out.slice(out.indexOf("评估日期"), end.length ? Math.min(...end) : undefined).trimEnd();
};

/** Questions rules may add or drop as they change (fields of the catalogue): answered if asked. */
const IF_ASKED: Step[] = [
  { to: /在职还是失业/, say: "失业", optional: true },
  { to: /正在领取失业保险金或失业补助金/, say: "否", optional: true },
  { to: /领取过(一次性|临时)/, say: "否", optional: true },
  { to: /基本养老金/, say: "否", optional: true },
  { to: /非因本人意愿/, say: "是", optional: true },
  { to: /失业登记/, say: "是", optional: true },
  { to: /期满/, say: "否", optional: true },
];

const NINGXIA_UNEMPLOYED: Step[] = [
  { to: /哪些情况适用/, say: ["我失业了"] },
  { to: /失业保险参保地/, say: "银川 兴庆" },
  { to: /累计缴纳失业保险费多少个月/, say: "8" },
  // The 2021 extension of the benefit reads the day the spell of unemployment began (POLICY.md).
  { to: /本次失业.*哪一天/, say: "2021年8月1日", optional: true },
  { to: /首次参加失业保险的日期/, say: "2021年1月1日", optional: true },
  { to: /农民工/, say: "是", optional: true },
  // Working age decides every Ningxia program: the birth date is asked (law2 F0), and then perhaps the sex.
  { to: /出生日期/, say: "1985年6月15日" },
  { to: /性别/, say: "男", optional: true },
  ...IF_ASKED,
];

/** Every program that applies is decided: "已确定 n/n 项". */
const ALL_DECIDED = /已确定 (\d+)\/\1 项（符合 \d+，不符合 \d+，待定 0）/;

/** A directory of its own for one test, removed when the test ends. */
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "butie-ask-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const tempFile = (name: string) => join(tempDir(), name);

describe("butie ask with a scripted person", () => {
  it("reaches a decision for a Ningxia unemployed person, and the saved profile gives `eval` the same result", async () => {
    const dir = tempDir();
    const save = join(dir, "me.yaml");
    const run = await ask({ asOf: "2021-09-01", save }, NINGXIA_UNEMPLOYED);
    expect(run.code).toBe(0);
    expect(run.prompter.left()).toBe(0);
    expect(run.stdout).toMatch(ALL_DECIDED);
    expect(run.stdout).toContain(`共提问 ${run.prompter.transcript.length - 1} 个问题`);
    const saved = readFileSync(save, "utf8");
    expect(saved).toContain('insuredRegion: "640104"');
    expect(saved).toContain("contributionMonths: 8");
    // The questionnaire ran at 80 columns (no terminal width known): compare with eval at the same width.
    const again = await butie(["eval", save, "--as-of", "2021-09-01"], { columns: 80 });
    expect(again.code).toBe(0);
    expect(evalView(again.stdout)).toBe(evalView(run.stdout));
  });

  it("asks an unemployed person in Ningxia nothing about the hukou (a program keyed to it was not chosen)", async () => {
    const run = await ask({ asOf: "2021-09-01" }, [{ to: /户籍所在地/, say: "永宁" }, ...NINGXIA_UNEMPLOYED]);
    expect(run.prompter.transcript.some((line) => line.includes("户籍所在地"))).toBe(false);
    expect(run.stdout).toMatch(ALL_DECIDED);
  });

  it("points to `eval … --all`, not to an --all that ask does not have, for programs of an unknown place", async () => {
    const steps: Step[] = [
      { to: /哪些情况适用/, say: ["我失业了"] },
      { to: /./, say: "不知道", always: true },
    ];
    const plain = await ask({ asOf: "2021-09-01" }, steps);
    expect(plain.stdout).toContain("其他地区的项目");
    expect(plain.stdout).not.toContain("--all");
    const save = tempFile("me.yaml");
    const saved = await ask({ asOf: "2021-09-01", save }, steps);
    expect(saved.stdout).toContain(`用 npx butie eval ${save} --all 查看这些项目的详情。`);
  });

  it("shows a running result after every answer", async () => {
    const run = await ask({ asOf: "2021-09-01" }, NINGXIA_UNEMPLOYED);
    expect(run.stdout.match(/已确定 \d+\/\d+ 项/g)).toHaveLength(run.prompter.transcript.length - 1);
  });

  it("takes 不知道 / 跳过 on every kind of question and never asks a skipped question again", async () => {
    const run = await ask({ asOf: "2021-09-01" }, [
      { to: /哪些情况适用/, say: ["我失业了"] },
      { to: /失业保险参保地/, say: "兴庆区" },
      { to: /累计缴纳失业保险费多少个月/, say: "" },
      { to: /首次参加失业保险/, say: "跳过", optional: true },
      { to: /本次失业.*哪一天/, say: "跳过", optional: true },
      { to: /./, say: "不知道", always: true },
    ]);
    expect(run.code).toBe(0);
    expect(run.prompter.left()).toBe(0);
    expect(run.stdout).toContain("您选择「不知道 / 跳过」的问题，仍影响以下结果");
    expect(run.stdout).toContain("累计缴费月数 → 宁夏");
    const asked = run.prompter.transcript.map((line) => line.split(" → ")[0]);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("accepts an ID number instead of a birth date, and never shows it unmasked", async () => {
    const run = await ask({ asOf: "2022-03-01", program: ["hefei.provident-fund"] }, [
      { to: /户籍所在地/, say: "合肥 蜀山" },
      { to: /出生日期[\s\S]*身份证号码/, say: "340104199001011239" },
      { to: /完全民事行为能力/, say: "是" },
      { to: /缴存比例/, say: "5%" },
      { to: /养老保险/, say: "蜀山" },
      { to: /个人名义/, say: "是" },
      { to: /连续缴纳/, say: "14" },
      { to: /缴存基数/, say: "3333" },
      ...IF_ASKED,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("每月缴存334元");
    expect(run.stdout + run.stderr).not.toContain("340104199001011239");
    expect(run.prompter.shown).toContain("3401**********1239");
    expect(run.prompter.shown.join()).not.toContain("340104199001011239");
  });

  it("refuses an ID number that contradicts the birth date already given", async () => {
    const run = ask({ asOf: "2022-03-01", program: ["hefei.provident-fund"] }, [
      { to: /户籍所在地/, say: "合肥 蜀山" },
      { to: /出生日期/, say: "1965-06-01" },
      { to: /性别/, say: "输入身份证号码" },
      { to: /身份证号码/, say: "340104199001011239" },
      { to: /./, say: "不知道", always: true },
    ]);
    await expect(run).rejects.toThrow("该身份证号码与您已填写的出生日期或性别不符");
  });

  it("asks an employer for each hire, and a hire's unknown detail is not asked again", async () => {
    const run = await ask({ asOf: "2022-09-01" }, [
      { to: /哪些情况适用/, say: ["用人单位"] },
      { to: /企业在哪个地区/, say: "洪山区" },
      { to: /吸纳的人员/, say: "逐一填写" },
      { to: /第1名.*脱贫人口/, say: "是" },
      { to: /第1名.*劳动合同期限/, say: "12" },
      { to: /第1名.*已就业月数/, say: "" },
      { to: /还有其他人员/, say: "是" },
      { to: /第2名.*脱贫人口/, say: "是" },
      { to: /第2名.*劳动合同期限/, say: "24" },
      { to: /第2名.*已就业月数/, say: "13" },
      { to: /还有其他人员/, say: "否" },
      ...IF_ASKED,
    ]);
    expect(run.code).toBe(0);
    expect(run.prompter.left()).toBe(0);
    expect(run.stdout).toContain("湖北省企业吸纳脱贫人口就业奖补");
  });

  it("leaves cleanly on Ctrl-C: exit 130, no stack trace, and says the answers were not saved", async () => {
    const run = await ask({ asOf: "2021-09-01" }, [
      ...NINGXIA_UNEMPLOYED.slice(0, 3),
      { to: /./, say: "^C" },
    ]);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain("已中断");
    expect(run.stderr).toMatch(/已回答的 \d+ 个问题没有保存/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("saves the partial answers on Ctrl-C when --save was given, as a profile `eval` accepts", async () => {
    const save = tempFile("partial.yaml");
    const run = await ask({ asOf: "2021-09-01", save }, [
      ...NINGXIA_UNEMPLOYED.slice(0, 3),
      { to: /./, say: "^C" },
    ]);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain("保存到");
    const again = await butie(["eval", save, "--as-of", "2021-09-01"]);
    expect(again.code).toBe(0);
  });

  it("speaks English with --lang en", async () => {
    const run = await ask({ asOf: "2021-09-01", lang: "en" }, [
      { to: /Which of these apply/, say: ["unemployed"] },
      { to: /insured/, say: "永宁" },
      { to: /months of contributions/, say: "13" },
      { to: /involuntarily/, say: "Yes", optional: true },
      { to: /registered as unemployed/, say: "Yes", optional: true },
      { to: /used up your unemployment benefit/, say: "No", optional: true },
      { to: /employed or unemployed/, say: "unemployed", optional: true },
      { to: /./, say: "Don't know", always: true },
    ]);
    expect(run.code).toBe(0);
    expect(run.prompter.left()).toBe(0);
    expect(run.stdout).toMatch(/Decided \d+\/\d+ \(eligible \d+, not eligible \d+, open \d+\)/);
    expect(run.stdout).toContain("Ningxia unemployment insurance benefit");
  });
});

describe("butie ask without a terminal", () => {
  it("exits 2 with a hint to use eval or --replay", async () => {
    const run = await butie(["ask"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("butie eval");
    expect(run.stderr).toContain("--replay");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("--replay prints the questions asked in order with the answers, then the result", async () => {
    const run = await butie(["ask", "--replay", "examples/hubei-startup.yaml", "--as-of", "2022-09-01"]);
    expect(run.code).toBe(0);
    const questions = run.stdout.split("\n").filter((l) => /^\s*\d+\. /.test(l));
    expect(questions[0]).toContain("您的企业或个体户在哪个地区经营？ → 湖北省武汉市江岸区（420102）");
    expect(questions.at(-1)).toContain("是否属于返乡创业？ → 是");
    expect(run.stdout).toContain(`共提问 ${questions.length} 个问题`);
    expect(run.stdout).toContain("一次性5000元");
  });

  it("--replay --save writes the answers the questionnaire used, as a profile `eval` accepts", async () => {
    const save = tempFile("replayed.yaml");
    const run = await butie([
      "ask",
      "--replay",
      "examples/hubei-startup.yaml",
      "--as-of",
      "2022-09-01",
      "--save",
      save,
    ]);
    expect(run.code).toBe(0);
    const again = await butie(["eval", save, "--as-of", "2022-09-01"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("一次性5000元");
  });

  it("--save into a directory that does not exist is refused before any question (exit 2)", async () => {
    const run = await butie([
      "ask",
      "--replay",
      "examples/hubei-startup.yaml",
      "--save",
      "no/such/dir/x.yaml",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^butie: --save no\/such\/dir\/x.yaml：目录 .*no\/such\/dir 不存在\n$/);
    expect(run.stdout).toBe("");
    const en = await butie([
      "ask",
      "--replay",
      "examples/hubei-startup.yaml",
      "--save",
      "no/such/dir/x.yaml",
      "--lang",
      "en",
    ]);
    expect(en.stderr).toContain("does not exist");
  });

  it("hostile2 F2: --save me.yaml/ names a directory: refused before any question, no file written", async () => {
    const dir = tempDir();
    const run = await butie(
      [
        "ask",
        "--replay",
        join(REPO, "examples/ningxia-unemployment.yaml"),
        "--as-of",
        "2021-09-01",
        "--save",
        "me.yaml/",
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("无法写入 me.yaml/：这个名字以 /（或 /.、/..）结尾，指的是目录");
    expect(existsSync(join(dir, "me.yaml"))).toBe(false);
  });

  it("--replay p.yaml --save p.yaml is refused: a replay never overwrites the profile", async () => {
    const dir = tempDir();
    const file = join(dir, "p.yaml");
    const text = readFileSync(join(REPO, "examples/hubei-startup.yaml"), "utf8");
    writeFileSync(file, text);
    const run = await butie(["ask", "--replay", file, "--save", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("回放不会覆盖原档案");
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("--replay through a symbolic or hard link to the --save file is refused too (inputs #7)", async () => {
    const dir = tempDir();
    const file = join(dir, "p.yaml");
    const text = readFileSync(join(REPO, "examples/hubei-startup.yaml"), "utf8");
    writeFileSync(file, text);
    symlinkSync(file, join(dir, "soft.yaml"));
    linkSync(file, join(dir, "hard.yaml"));
    for (const other of ["soft.yaml", "hard.yaml"]) {
      const run = await butie(["ask", "--replay", join(dir, other), "--save", file, "--as-of", "2022-09-01"]);
      expect(run.code, other).toBe(2);
      expect(run.stderr).toContain("回放不会覆盖原档案");
      expect(readFileSync(file, "utf8")).toBe(text);
    }
  });

  it("--save keeps the birth date and sex an ID number gives, never the ID number; the hint is a command that works", async () => {
    const save = tempFile("saved.yaml");
    const run = await ask({ asOf: "2022-03-01", program: ["hefei.provident-fund"], save }, [
      { to: /户籍所在地/, say: "合肥 蜀山" },
      { to: /出生日期[\s\S]*身份证号码/, say: "340104199001011239" },
      { to: /完全民事行为能力/, say: "是" },
      { to: /缴存比例/, say: "5%" },
      { to: /养老保险/, say: "蜀山" },
      { to: /个人名义/, say: "是" },
      { to: /连续缴纳/, say: "14" },
      { to: /缴存基数/, say: "3333" },
      ...IF_ASKED,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`npx butie eval ${save}`);
    const saved = readFileSync(save, "utf8");
    expect(saved).not.toContain("340104199001011239");
    expect(saved).toContain("birthDate: 1990-01-01");
    expect(saved).toContain("sex: male");
  });

  it("--replay of an invalid profile is an input error (exit 2)", async () => {
    const run = await butie(["ask", "--replay", "test/fixtures-data/eval-bad-profile/bad.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+/);
  });
});
