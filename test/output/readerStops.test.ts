import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../batch/tempDir.js";

const { at } = tempDir("reader-stops");
const CLI = join(import.meta.dirname, "../../bin/butie.js");

// `butie batch … | head`: the reader closes the pipe after a few lines. It reported an internal error (EPIPE),
// exit 2; the output ends there instead, as it does for `eval`.
describe("a reader of batch output that stops early", () => {
  it("ends the run quietly with exit 0", async () => {
    const row = {
      person: { sex: "male", employmentStatus: "unemployed" },
      unemployment: { insuredRegion: "640104" },
    };
    writeFileSync(at("rows.ndjson"), `${JSON.stringify(row)}\n`.repeat(20_000));
    const child = spawn(process.execPath, [
      CLI,
      "batch",
      at("rows.ndjson"),
      "--as-of",
      "2021-09-01",
      "--format",
      "ndjson",
    ]);
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toContain("internal error");
    expect(code).toBe(0);
  }, 60_000);
});
