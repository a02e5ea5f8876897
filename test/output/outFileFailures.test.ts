import { spawnSync } from "node:child_process";
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applicant } from "../batch/profiles.js";
import { tempDir } from "../batch/tempDir.js";
import { REPO } from "../cli/memoryIo.js";

// hostile F4: `batch --out` on a full disk, with a large first write, exited 0 with nothing written and nothing
// said. A file-size limit (`ulimit -f`: every write past it fails with EFBIG, and node ignores SIGXFSZ) stands in
// for a full disk without root: any size, first or later write.
const { dir, at, ndjson } = tempDir("outfail");
const roster = ndjson(
  "roster.ndjson",
  Array.from({ length: 2000 }, (_, i) => applicant(i)),
);
const CLI = join(REPO, "bin/butie.js");

/** butie under a file-size limit of `blocks` (of the shell's `ulimit -f`), in the test's directory. */
function limited(blocks: number, args: string[], stdout: "pipe" | number = "pipe") {
  return spawnSync("sh", ["-c", `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, CLI, ...args], {
    cwd: dir,
    stdio: ["pipe", stdout, "pipe"],
    encoding: "utf8",
    timeout: 120_000,
  });
}

const leftovers = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

describe("an --out that cannot be written whole: one sentence, exit 2, the earlier file kept, no temporary file", () => {
  // 0: the first write fails (small or large); 40 (20–40 kB): a later one, after records were written.
  it.each([
    ["out.csv", 0],
    ["out.csv", 40],
    ["out.ndjson", 0],
    ["out.ndjson", 40],
    ["out.xlsx", 0],
    ["out.xlsx", 40],
  ])("batch --out %s under a limit of %i blocks", (out, blocks) => {
    writeFileSync(at(out), "earlier\n");
    const r = limited(blocks, ["batch", roster, "--as-of", "2022-03-01", "--out", out, "--jobs", "1"]);
    expect(r.stderr).toContain(`无法写入 ${out}：文件超过系统允许的大小（EFBIG）`);
    expect(r.stderr).toContain(`但没有写出 ${out}（原有文件未改动）`);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at |共 [\d,]+ 条记录/);
    expect(r.status).toBe(2);
    expect(readFileSync(at(out), "utf8")).toBe("earlier\n");
    expect(leftovers()).toEqual([]);
  });

  it("with worker threads too, and in English with --lang en", () => {
    const r = limited(0, [
      "batch",
      roster,
      "--as-of",
      "2022-03-01",
      "--out",
      "w.csv",
      "--jobs",
      "2",
      "--lang",
      "en",
    ]);
    expect(r.stderr).toContain("cannot write w.csv: the file is larger than the system allows (EFBIG)");
    expect(r.stderr).not.toMatch(/[\u4e00-\u9fff]/);
    expect(r.status).toBe(2);
    expect(leftovers()).toEqual([]);
  });

  it("ask --save: the same sentence, in words", () => {
    const example = join(REPO, "examples/hubei-startup.yaml");
    const r = limited(0, ["ask", "--replay", example, "--as-of", "2022-09-01", "--save", "me.yaml"]);
    expect(r.stderr).toContain("无法写入 me.yaml：文件超过系统允许的大小（EFBIG）");
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).not.toContain("me.yaml");
    expect(leftovers()).toEqual([]);
  });

  it("batch to stdout redirected into a file that cannot grow: one sentence, no summary as if it had finished", () => {
    const fd = openSync(at("stdout.csv"), "w");
    try {
      const r = limited(40, ["batch", roster, "--as-of", "2022-03-01", "--format", "csv", "--jobs", "1"], fd);
      expect(r.stderr).toContain("无法写出输出（标准输出）：文件超过系统允许的大小（EFBIG）");
      expect(r.stderr).not.toMatch(/internal error|\n\s+at |共 [\d,]+ 条记录/);
      expect(r.status).toBe(2);
    } finally {
      closeSync(fd);
    }
  });
});
