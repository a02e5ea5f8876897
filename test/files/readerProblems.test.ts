import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnosticIn, InputError, UsageError } from "../../src/diagnostics.js";
import {
  cellRefInSheet,
  checkInputFile,
  limitError,
  workbookKind,
  workbookProblem,
} from "../../src/files/readerProblems.js";

const ROOT = mkdtempSync(join(tmpdir(), "butie-readers-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const said = (e: unknown, lang: "zh" | "en" = "en") =>
  e instanceof InputError ? e.diagnostics.map((d) => formatDiagnosticIn(d, lang)).join("\n") : String(e);

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("nothing thrown");
}

describe("what the spreadsheet and batch readers say about a file that is not what it should be", () => {
  it("an input that is a FIFO, a device or a directory is refused before it is opened", () => {
    const fifo = join(ROOT, "fifo.csv");
    execFileSync("mkfifo", [fifo]);
    expect(said(thrown(() => checkInputFile(fifo, "fifo.csv")))).toBe(
      "fifo.csv:1:1 input/unreadable cannot read: it is a pipe (FIFO), not a regular file",
    );
    expect(said(thrown(() => checkInputFile("/dev/zero")))).toContain("it is a device");
    expect(said(thrown(() => checkInputFile(ROOT, "dir")))).toContain("it is a directory");
    expect(thrown(() => checkInputFile(join(ROOT, "nope.csv")))).toBeInstanceOf(UsageError);
  });

  it("a file past the size limit is refused by its size, unread", () => {
    writeFileSync(join(ROOT, "big.csv"), "x".repeat(2048));
    expect(said(thrown(() => checkInputFile(join(ROOT, "big.csv"), "big.csv", 1024)))).toContain(
      "input/too-large",
    );
    expect(checkInputFile(join(ROOT, "big.csv"), "big.csv", 4096)).toBe(2048);
  });

  it("a workbook is known by its first bytes: zip, OLE (old .xls or password-protected), or neither", () => {
    expect(workbookKind(Buffer.from("PK\u0003\u0004rest"))).toBe("zip");
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(said(workbookProblem("a.xlsx", ole), "zh")).toContain("设有密码");
    expect(said(workbookProblem("a.xlsx", Buffer.from("name,age\n")))).toContain("is not an .xlsx file");
    expect(workbookProblem("a.xlsx", Buffer.from("PK\u0003\u0004"))).toBeUndefined();
  });

  it("cell references beyond XFD or row 1,048,576 are outside a sheet", () => {
    expect(["A1", "XFD1048576", "$B$2"].map(cellRefInSheet)).toEqual([true, true, true]);
    expect(["XFE1", "A1048577", "A0", "AAAA1", "1A"].map(cellRefInSheet)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("limits are said with their number, located", () => {
    expect(said(limitError("in.csv", "columns", 1, 2001))).toBe(
      "in.csv:1:2001 input/too-large a row has more than 2000 columns, more than butie reads",
    );
    expect(said(limitError("in.xlsx", "unpackedBytes"), "zh")).toContain("解压后超过 256 MiB");
  });
});
