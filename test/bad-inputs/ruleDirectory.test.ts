import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { butie, STACK_FRAME } from "../cli/memoryIo.js";
import { MINI_PROFILE, miniRule } from "./mini.js";

// Issue 18: a `--rules` sub-directory butie may not list was "internal error". Root can list any directory,
// so the system's refusal is simulated: readdirSync fails with EACCES for a directory named `locked`.
vi.mock("node:fs", async (original) =>
  (await import("../cli/fsMocks.js")).withLockedDirectory(await original<typeof import("node:fs")>()),
);

const ROOT = mkdtempSync(join(tmpdir(), "butie-rule-dir-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe("a --rules sub-directory that cannot be listed", () => {
  mkdirSync(join(ROOT, "r", "locked"), { recursive: true });
  writeFileSync(join(ROOT, "r", "mini.yaml"), miniRule());
  writeFileSync(join(ROOT, "p.yaml"), MINI_PROFILE);

  it.each([
    ["en", "input/unreadable cannot read: permission denied"],
    ["zh", "input/unreadable 无法读取"],
  ])("is a located error naming the directory (%s), not an internal error", async (lang, says) => {
    const { code, stdout, stderr } = await butie(["eval", "p.yaml", "--rules", "r", "--lang", lang], {
      cwd: ROOT,
    });
    const out = stdout + stderr;
    expect(code).toBe(2);
    expect(out).toMatch(new RegExp(`r/locked:1:1 ${says}`));
    expect(out).not.toMatch(STACK_FRAME);
    expect(out).not.toMatch(/internal error|内部错误/);
  });
});
