import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/diagnostics.js";
import { AtomicFile, writeFileAtomic } from "../../src/files/atomicFile.js";
import { removeTemporaryFiles } from "../../src/files/temporaryFiles.js";
import { ID } from "../bad-inputs/mini.js";
import { butie } from "../cli/memoryIo.js";

const ROOT = mkdtempSync(join(tmpdir(), "butie-atomic-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = join(ROOT, String(n++));
  mkdirSync(dir);
  return dir;
};

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).message;
  }
  throw new Error("not refused");
}

describe("the one atomic writer", () => {
  it("writes the whole file, with the mode a new file gets, and leaves no temporary file", () => {
    const dir = fresh();
    writeFileAtomic(join(dir, "out.txt"), "hello");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("hello");
    expect(statSync(join(dir, "out.txt")).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });

  it("keeps the mode of the file it replaces", () => {
    const dir = fresh();
    writeFileSync(join(dir, "out.txt"), "old", { mode: 0o600 });
    writeFileAtomic(join(dir, "out.txt"), "new");
    expect(readFileSync(join(dir, "out.txt"), "utf8")).toBe("new");
    expect(statSync(join(dir, "out.txt")).mode & 0o777).toBe(0o600);
  });

  it("never replaces a symlink (the file it points at stays as it was), a device or a directory", () => {
    const dir = fresh();
    writeFileSync(join(dir, "victim"), "keep");
    symlinkSync(join(dir, "victim"), join(dir, "link"));
    expect(refusal(() => writeFileAtomic(join(dir, "link"), "x", "link"))).toContain(
      "cannot write link: it is not a regular file",
    );
    expect(lstatSync(join(dir, "link")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "victim"), "utf8")).toBe("keep");
    refusal(() => writeFileAtomic("/dev/null", "x"));
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
    refusal(() => writeFileAtomic(dir, "x"));
    expect(readdirSync(dir).sort()).toEqual(["link", "victim"]);
  });

  it("names its temporary files unpredictably, creates them exclusively, and removes them on abort or signal", () => {
    const dir = fresh();
    const a = AtomicFile.open(join(dir, "out.csv"));
    const b = AtomicFile.open(join(dir, "out.csv"));
    expect(a.temp).not.toBe(b.temp);
    expect(a.temp).not.toContain(String(process.pid));
    expect(lstatSync(a.temp).mode & 0o777).toBe(0o600);
    a.abort();
    expect(existsSync(a.temp)).toBe(false);
    removeTemporaryFiles();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says plainly when the directory does not exist", () => {
    expect(refusal(() => writeFileAtomic(join(ROOT, "nope", "out.csv"), "x", "nope/out.csv"))).toContain(
      "cannot write nope/out.csv: the directory",
    );
  });
});

describe("batch --out goes through it", () => {
  const csv = `case.reference,unemployment.contributionMonths\n"=HYPERLINK(""http://x"")",12\n${ID},12\n-500,12\n`;

  it.each(["out.csv", "out.xlsx"])(
    "%s: to a symlink or /dev/stdout is refused, never replaced",
    async (name) => {
      const dir = fresh();
      writeFileSync(join(dir, "in.csv"), csv);
      writeFileSync(join(dir, "victim"), "keep");
      symlinkSync(join(dir, "victim"), join(dir, name));
      const run = await butie(["batch", "in.csv", "--out", name, "--lang", "en"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot write ${name}: it is not a regular file`);
      expect(lstatSync(join(dir, name)).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, "victim"), "utf8")).toBe("keep");
      const stdout = await butie(["batch", "in.csv", "--out", "/dev/stdout", "--format", "csv"], {
        cwd: dir,
      });
      expect(stdout.code).toBe(2);
      expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
    },
    60_000,
  );

  it("CSV cells a spreadsheet would run are inert, IDs in the file are masked, negative numbers stay", async () => {
    const dir = fresh();
    writeFileSync(join(dir, `${ID}.csv`), csv);
    const run = await butie(["batch", `${ID}.csv`, "--out", "out.csv", "--lang", "en"], { cwd: dir });
    const text = readFileSync(join(dir, "out.csv"), "utf8");
    expect(run.stderr).not.toContain(ID);
    expect(text).not.toContain(ID);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/(^|,)"?=/m);
    expect(text).toMatch(/(^|,)"?-500/m);
    expect(readdirSync(dir).sort()).toEqual([`${ID}.csv`, "out.csv"]);
  }, 60_000);
});

describe("Ctrl-C and kill remove the unfinished output (the bundled CLI)", () => {
  const root = join(import.meta.dirname, "../..");
  const outDir = `dist/signal-test-${process.pid}`;
  beforeAll(() => {
    const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, BUTIE_BUNDLE_DIR: outDir },
    });
    expect(built.status, built.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(join(root, outDir), { recursive: true, force: true }));

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s",
    async (signal, exit) => {
      const dir = fresh();
      // Records keep coming on standard input (the pipe stays open): the run is mid-way when the signal comes.
      const args = [join(root, outDir, "butie.js"), "batch", "-", "--out", "out.xlsx", "--jobs", "1"];
      const child = spawn(process.execPath, args, { cwd: dir });
      child.stdin.write('{"unemployment": {"contributionMonths": 12}}\n'.repeat(100));
      const started = Date.now();
      while (!readdirSync(dir).some((f) => f.endsWith(".tmp")) && Date.now() - started < 30_000)
        await new Promise((r) => setTimeout(r, 50));
      expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
      child.kill(signal);
      const code = await new Promise((r) => child.on("exit", (c) => r(c)));
      expect(code).toBe(exit);
      expect(readdirSync(dir)).toEqual([]);
    },
    60_000,
  );
});
