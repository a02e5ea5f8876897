import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFault } from "../../src/batch/stops.js";
import { WriteFailed } from "../../src/files/atomicFile.js";
import { REPO } from "../cli/memoryIo.js";
import { applicant } from "./profiles.js";
import { tempDir } from "./tempDir.js";

const { dir, at } = tempDir("stops");

describe("a run that cannot finish says so plainly", () => {
  it("a full disk or a read-only place is said in words, with what was kept", () => {
    expect(writeFault(new WriteFailed("out.xlsx", "ENOSPC"), 1200).in("zh")).toBe(
      "无法写入 out.xlsx：磁盘已满（ENOSPC）\n此前已评估 1,200 条记录，但没有写出 out.xlsx（原有文件未改动）",
    );
    expect(writeFault(new WriteFailed("out.csv", "EROFS"), 0).message).toContain(
      "cannot write out.csv: the place is read-only",
    );
  });

  it("SIGTERM (as Ctrl-C) removes the unfinished file, leaves an earlier one, says so and exits 143", async () => {
    // Needs the CLI bundle (npm run build), as the other tests of bin/butie.js.
    const lines = Array.from({ length: 60_000 }, (_, i) => JSON.stringify(applicant(i))).join("\n");
    writeFileSync(at("big.ndjson"), `${lines}\n`);
    writeFileSync(at("out.csv"), "earlier\n");
    const child = spawn(
      process.execPath,
      [
        join(REPO, "bin/butie.js"),
        "batch",
        "big.ndjson",
        "--as-of",
        "2022-03-01",
        "--out",
        "out.csv",
        "--jobs",
        "1",
      ],
      { cwd: dir },
    );
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    // Once the run is under way (its temporary file .out.csv.<random>.tmp exists), stop it.
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp"))) await new Promise((ok) => setTimeout(ok, 50));
    child.kill("SIGTERM");
    const code = await new Promise((ok) => child.on("close", (c) => ok(c)));
    expect(code).toBe(143);
    expect(stderr).toContain("已中断（SIGTERM）");
    expect(stderr).toContain("但没有写出 out.csv（原有文件未改动）");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(at("out.csv"), "utf8")).toBe("earlier\n");
  }, 60_000);
});
