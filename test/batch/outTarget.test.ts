import {
  createReadStream,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";
import { tempDir } from "./tempDir.js";

const { at } = tempDir("out-target");
const ROSTER = "经办档案编号,性别\nR1,女\nR2,男\n";

describe("inputs2 F4: --out onto the roster being read is refused before any work", () => {
  it.each([
    ["the same name", (f: string) => f],
    ["the same file by another path", (f: string) => f.replace(/\/([^/]+)$/, "/./$1")],
    [
      "a hard link to it",
      (f: string) => {
        linkSync(f, `${f}.hard.csv`);
        return `${f}.hard.csv`;
      },
    ],
    [
      "a symbolic link to it",
      (f: string) => {
        symlinkSync(f, `${f}.sym.csv`);
        return `${f}.sym.csv`;
      },
    ],
  ])("%s", async (name, outFor) => {
    const roster = at(`${name.replace(/ /g, "-")}.csv`);
    writeFileSync(roster, ROSTER);
    const run = await butie(["batch", roster, "--out", outFor(roster)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是正在读取的花名册");
    expect(readFileSync(roster, "utf8")).toBe(ROSTER);
  });

  it("a workbook too, by a relative name", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("花名册").addRow(["经办档案编号", "性别"]);
    await book.xlsx.writeFile(at("book.xlsx"));
    const before = readFileSync(at("book.xlsx"));
    const run = await butie(["batch", "book.xlsx", "--out", "./book.xlsx"], { cwd: at("") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是正在读取的花名册");
    expect(readFileSync(at("book.xlsx")).equals(before)).toBe(true);
  });
});

describe("inputs2 F13: --out in a workbook format butie does not write is refused, never CSV under its name", () => {
  it.each(["res.xls", "res.ods", "RES.ET"])("%s", async (out) => {
    writeFileSync(at("r.csv"), ROSTER);
    const run = await butie(["batch", at("r.csv"), "--out", at(out)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不能写出");
  });
});

describe("hostile2 F5: `batch - --out r.csv < r.csv` (standard input is the roster's file) is refused", () => {
  it("standard input opened on the same file as --out", async () => {
    writeFileSync(at("stdin.csv"), ROSTER);
    const stdin = createReadStream("", { fd: openSync(at("stdin.csv"), "r") });
    const run = await butie(["batch", "-", "--out", "stdin.csv"], { cwd: at(""), stdin });
    stdin.destroy();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("就是正在读取的花名册");
    expect(readFileSync(at("stdin.csv"), "utf8")).toBe(ROSTER);
  });

  it("standard input from another file is read as before", async () => {
    writeFileSync(at("other.csv"), ROSTER);
    const stdin = createReadStream("", { fd: openSync(at("other.csv"), "r") });
    const run = await butie(["batch", "-", "--as-of", "2022-03-01", "--out", "stdin-out.csv"], {
      cwd: at(""),
      stdin,
    });
    expect(run.code).not.toBe(2);
    expect(readFileSync(at("stdin-out.csv"), "utf8")).toContain("R2");
  });
});

describe("hostile2 F2: an --out ending in / names a directory and is refused, never a file written under it", () => {
  it.each(["results.xlsx/", "results/", "ex.csv/"])("%s", async (out) => {
    writeFileSync(at("slash.csv"), ROSTER);
    writeFileSync(at("ex.csv"), "old\n");
    const run = await butie(["batch", "slash.csv", "--as-of", "2022-03-01", "--out", out], { cwd: at("") });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`无法写入 ${out}：这个名字以 /（或 /.、/..）结尾，指的是目录`);
    expect(readFileSync(at("ex.csv"), "utf8")).toBe("old\n");
    expect(existsSync(at(out.slice(0, -1))) && out !== "ex.csv/").toBe(false);
  });
});
