import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// law F7: a label and its value in the English terminal view are separated by ": " (was "Case:Higher tier",
// "Values worked out:January 1 …"); the Chinese view keeps its full-width colon.

const NINGXIA = "examples/ningxia-unemployment.yaml";

describe("a labelled line of the terminal view", () => {
  it("has a space after the colon in English", async () => {
    const { stdout } = await butie(["eval", NINGXIA, "--as-of", "2021-09-01", "--lang", "en"]);
    expect(stdout).toContain("  Case: ");
    expect(stdout).not.toMatch(/^ {2}[A-Z][\w -]*:[^\s]/m);
  });

  it("keeps the full-width colon in Chinese", async () => {
    const { stdout } = await butie(["eval", NINGXIA, "--as-of", "2021-09-01"]);
    expect(stdout).toMatch(/适用档次：第/);
  });
});
