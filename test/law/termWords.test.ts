import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runRules } from "../../src/cli/commands/rules.js";
import type { Io } from "../../src/cli/io.js";
import { butie, REPO } from "../cli/memoryIo.js";

// law3 F5b/F5d: a program out of its term says whether it ended (and on which day) or has not begun; `rules list`
// shows no horizon that falls after the term's end, and says it ended.
const PROFILE = "test/fixtures-data/law3-term/subsidy.yaml";
const eval_ = (asOf: string, lang: string, format: string[] = []) =>
  butie([
    "eval",
    PROFILE,
    "--program",
    "ningxia.unemployment-subsidy",
    "--as-of",
    asOf,
    "--lang",
    lang,
    ...format,
  ]);
const flat = (s: string) => s.replace(/\n\s*/g, "");

describe("out of its term", () => {
  it.each([
    ["2023-01-01", "zh", "评估日期不在政策有效期内：该政策已于2022年12月31日结束"],
    ["2023-01-01", "en", "Not in force on the as-of date: the program ended on 31 December 2022"],
    ["2020-01-01", "zh", "评估日期不在政策有效期内：该政策2020年3月1日起实施"],
    ["2020-01-01", "en", "Not in force on the as-of date: the program starts on 1 March 2020"],
  ])("on %s (%s) says %s, in the plain view and --trace", async (asOf, lang, words) => {
    expect(flat((await eval_(asOf, lang)).stdout)).toContain(words);
    expect(flat((await eval_(asOf, lang, ["--trace"])).stdout)).toContain(words);
  });
});

describe("rules list", () => {
  it("shows that 失业补助金 ended, not its standard's later horizon", async () => {
    let stdout = "";
    const io: Io = {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
      stdin: Readable.from([]),
      env: { COLUMNS: "200" },
      cwd: REPO,
      isTTY: false,
      today: "2026-12-07",
    };
    await runRules("list", undefined, { lang: "zh", format: "table" }, io);
    const lines = stdout.split("\n");
    const row = lines.findIndex((l) => l.includes("ningxia.unemployment-subsidy"));
    const rows = lines.slice(row, row + 4).join("\n");
    expect(rows).toContain("2022-12-31 已结束");
    expect(rows).not.toContain("2023-09-01 起未知");
    // The benefit, which still runs, keeps its horizon.
    expect(stdout).toContain("2023-09-01 起未知");
  });
});
