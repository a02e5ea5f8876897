import { describe, expect, it, vi } from "vitest";
import { butie, REPO } from "./memoryIo.js";

// A bug anywhere in evaluation stands in for any internal error.
vi.mock("../../src/engine/evaluate.js", () => ({
  evaluate: () => {
    throw new Error("boom 11010519491231002X");
  },
}));

const PROFILE = `${REPO}examples/hefei-provident-fund.yaml`;

describe("an internal error", () => {
  it("in JSON mode still leaves valid JSON on stdout, the stack on stderr", async () => {
    const { code, stdout, stderr } = await butie(["eval", PROFILE, "--format", "json"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ error: expect.objectContaining({ kind: "internal" }) });
    expect(stderr).toContain("internal error — this is a bug in butie");
  });

  it("never prints an ID number, even in the stack trace", async () => {
    const { stderr } = await butie(["eval", PROFILE]);
    expect(stderr).toContain("boom 1101**********002X");
    expect(stderr).not.toContain("11010519491231002X");
  });
});
