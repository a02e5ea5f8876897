import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MINI_PROFILE, miniRule } from "../bad-inputs/mini.js";
import { butie } from "./memoryIo.js";

// A directory butie may not list is named as every other file is in messages: relative to the working
// directory, never by its absolute path. Root can list any directory, so the refusal is simulated.
vi.mock("node:fs", async (original) =>
  (await import("./fsMocks.js")).withLockedDirectory(await original<typeof import("node:fs")>()),
);

const ROOT = mkdtempSync(join(tmpdir(), "butie-unlisted-"));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describe("a directory that cannot be listed is shown by its display path", () => {
  mkdirSync(join(ROOT, "r", "locked"), { recursive: true });
  writeFileSync(join(ROOT, "r", "mini.yaml"), miniRule());
  writeFileSync(join(ROOT, "p.yaml"), MINI_PROFILE);

  it.each([
    ["eval --rules", ["eval", "p.yaml", "--rules", "r"]],
    ["test --rules", ["test", "--rules", "r"]],
    ["test <dir>", ["test", "r"]],
    ["check <dir>", ["check", "r"]],
  ])("%s", async (_, args) => {
    const { stdout, stderr } = await butie(args, { cwd: ROOT });
    const out = stdout + stderr;
    expect(out).toMatch(/^r\/locked:1:1 input\/unreadable /m);
    expect(out).not.toContain(ROOT);
  });
});
