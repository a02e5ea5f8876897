import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "../../bin/butie.js");
const EXAMPLE = join(import.meta.dirname, "../../examples/hubei-startup.yaml");

/** butie with stdout (or stderr) written to /dev/full, where every write fails with ENOSPC. */
function onFullDisk(args: string[], stream: "stdout" | "stderr") {
  const full = openSync("/dev/full", "w");
  try {
    const stdio: ("pipe" | number)[] = ["pipe", "pipe", "pipe"];
    stdio[stream === "stdout" ? 1 : 2] = full;
    return spawnSync(process.execPath, [CLI, ...args], { stdio, encoding: "utf8", timeout: 60_000 });
  } finally {
    closeSync(full);
  }
}

// hostile F5: `butie … > /dev/full` crashed with node's stack trace and a dump of the minified bundle, exit 1.
describe.runIf(existsSync("/dev/full"))("output that cannot be written (a full disk)", () => {
  it.each([
    [["eval", EXAMPLE], "无法写出输出（标准输出）：磁盘已满（ENOSPC）"],
    [
      ["eval", EXAMPLE, "--format", "json", "--lang", "en"],
      "cannot write the output (standard output): the disk is full (ENOSPC)",
    ],
    [["rules", "list"], "磁盘已满"],
    [
      ["batch", join(import.meta.dirname, "../../examples/batch/applicants.csv"), "--as-of", "2022-03-01"],
      "磁盘已满",
    ],
  ])("%j: one sentence on stderr, exit 2, no trace", (args, sentence) => {
    const r = onFullDisk(args, "stdout");
    expect(r.stderr).toContain(sentence);
    expect(r.stderr).not.toMatch(/\n\s+at |Node\.js v|__defProp/);
    expect(r.status).toBe(2);
  });

  it("stderr on a full disk: exit 2 (could not run), not 1", () => {
    const r = onFullDisk(["eval", "nonexistent.yaml"], "stderr");
    expect(r.stdout).not.toMatch(/\n\s+at |Node\.js v/);
    expect(r.status).toBe(2);
  });
});
