import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// The case report is printed on the run's today (the Io's, 2022-03-01 in memoryIo), not the machine's clock.
describe("eval --format md prints the run's today on the report", () => {
  it("as of 2021-09-01 the report was made on 2022年3月1日", async () => {
    const { code, stdout } = await butie([
      "eval",
      "examples/hubei-startup.yaml",
      "--as-of",
      "2021-09-01",
      "--format",
      "md",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("2022年3月1日");
  });
});
