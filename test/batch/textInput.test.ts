import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRows } from "../../src/batch/inputs/csvRows.js";
import { openInput } from "../../src/batch/inputs/openInput.js";
import { butie } from "../cli/memoryIo.js";

const dir = mkdtempSync(join(tmpdir(), "butie-text-"));
const at = (name: string) => join(dir, name);
const AS_OF = ["--as-of", "2022-06-01"];
const parse = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

async function records(path: string) {
  const input = await openInput(path, dir, process.stdin);
  const out = [];
  for await (const r of csvRows(input.stream, input.name)) out.push(r);
  return out;
}

describe("text encodings are decided on the whole input", () => {
  it("GBK text after the first 64 KiB of ASCII is read as GBK, not replaced by U+FFFD", async () => {
    const ascii = Array.from({ length: 4000 }, (_, i) => `R-${i},1990-01-01`).join("\n");
    expect(ascii.length).toBeGreaterThan(65_536);
    writeFileSync(
      at("late-gbk.csv"),
      iconv.encode(`case.reference,person.birthDate\n${ascii}\n宁-1,1990-01-01\n`, "gbk"),
    );
    const all = await records("late-gbk.csv");
    expect(all.at(-1)).toEqual({ line: 4002, cells: ["宁-1", "1990-01-01"] });
  }, 30_000);

  it("UTF-8 that later holds bytes that are not UTF-8 is an error naming the line", async () => {
    const head = Buffer.from("case.reference,person.birthDate\n甲,1990-01-01\n乙,1990-01-01\n", "utf8");
    writeFileSync(at("mixed.csv"), Buffer.concat([head, iconv.encode("丙,1990-01-01\n", "gbk")]));
    const run = await butie(["batch", at("mixed.csv"), ...AS_OF, "--format", "ndjson"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("mixed.csv 第 4 行：这里的字节不是 UTF-8");
    // The two rows before it were evaluated and written; the summary of a complete run is not printed.
    expect(parse(run.stdout).map((r) => r.row)).toEqual([2, 3]);
    expect(run.stderr).toContain("在此之前的 2 条记录已评估并输出");
  }, 30_000);

  it("Excel's Unicode text: UTF-16 LE or BE with a BOM, tab-separated", async () => {
    const text = "经办档案编号\t出生日期\t性别\nA-1\t1990/1/1\t女\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16-be")]);
    writeFileSync(at("unicode-le.txt"), le);
    writeFileSync(at("unicode-be.txt"), be);
    for (const name of ["unicode-le.txt", "unicode-be.txt"])
      expect(await records(name)).toEqual([
        { line: 1, cells: ["经办档案编号", "出生日期", "性别"] },
        { line: 2, cells: ["A-1", "1990/1/1", "女"] },
      ]);
  }, 30_000);

  it("a --columns map saved as GBK is read as GBK", async () => {
    writeFileSync(at("gbk-map.yaml"), iconv.encode("生日: 出生日期\n编号: 经办档案编号\n", "gbk"));
    writeFileSync(at("mapped.csv"), "编号,生日\nA-1,1990/1/1\n");
    const run = await butie([
      "batch",
      at("mapped.csv"),
      ...AS_OF,
      "--format",
      "ndjson",
      "--columns",
      at("gbk-map.yaml"),
    ]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout)[0]).toMatchObject({ row: 2, reference: "A-1" });
  }, 30_000);
});

describe("input that cannot be read on is a located error, never an internal error or lost rows", () => {
  it("a quote that never closes at row N names row N, keeps the rows before it, and writes no --out file", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `A-${i},1990/1/1,女`);
    rows.splice(1200, 0, '"B-broken,1990/1/1,女');
    writeFileSync(at("quote.csv"), `经办档案编号,出生日期,性别\n${rows.join("\n")}\n`);
    const run = await butie(["batch", at("quote.csv"), ...AS_OF, "--format", "ndjson"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("quote.csv 第 1202 行：从这里开始的记录引号不成对");
    expect(run.stderr).not.toContain("internal error");
    // Rows 2–1201 (1,200 records) were evaluated and written, in order.
    expect(parse(run.stdout).map((r) => r.row)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
    writeFileSync(at("earlier.csv"), "an earlier result\n");
    const toFile = await butie(["batch", at("quote.csv"), ...AS_OF, "--out", at("earlier.csv")]);
    expect(toFile.code).toBe(2);
    expect(toFile.stderr).toContain("但没有写出");
    expect(readFileSync(at("earlier.csv"), "utf8")).toBe("an earlier result\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 30_000);

  it("a file that changes while it is read is not evaluated as complete", async () => {
    writeFileSync(at("growing.csv"), "经办档案编号,出生日期\nA-1,1990/1/1\n");
    const input = await openInput("growing.csv", dir, process.stdin);
    // The export is still being written: the file changes after it was opened.
    writeFileSync(at("growing.csv"), "经办档案编号,出生日期\nA-1,1990/1/1\nA-2,19");
    await expect(
      (async () => {
        for await (const _ of csvRows(input.stream, input.name));
      })(),
    ).rejects.toMatchObject({ name: "InputFault", says: { code: "batch/inputChanged" } });
    expect(existsSync(at("growing.csv"))).toBe(true);
  }, 30_000);
});
