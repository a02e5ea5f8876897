import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// hostile F8: `--jobs` had no upper bound — `--jobs 100000` started ~1,000 threads and 10 GB in 30 s, and Ctrl-C no
// longer ended it. At most twice the processors; more is a usage error that says the bound, before any work.
describe("batch --jobs", () => {
  const max = Math.max(2, 2 * availableParallelism());

  it.each([["100000"], [String(max + 1)], ["0"], ["1.5"]])("%s is refused, saying the bound", async (n) => {
    const run = await butie(["batch", "examples/batch/applicants.csv", "--jobs", n]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--jobs ${n}：应为 1 到 ${max} 之间的整数`);
    expect(run.stdout).toBe("");
  });

  it("the bound itself runs", async () => {
    const run = await butie([
      "batch",
      "examples/batch/applicants.csv",
      "--jobs",
      String(max),
      "--as-of",
      "2022-03-01",
    ]);
    expect(run.code).toBe(0);
  });
});
