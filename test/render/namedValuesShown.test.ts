import { describe, expect, it } from "vitest";
import { butie } from "../cli/memoryIo.js";

// analyst minor: a value the rule works out from the evaluation date alone (评估年度的1月1日) says nothing about the
// applicant and is not shown to caseworkers; the trace and JSON keep it for analysts.

const NINGXIA = "examples/ningxia-unemployment.yaml";
const ARGS = ["eval", NINGXIA, "--as-of", "2021-09-01", "--program", "ningxia.unemployment-subsidy"];

describe("named values in the caseworker's views", () => {
  it.each([["table"], ["md"], ["html"]])("leave out a value of the date alone (%s)", async (format) => {
    const { stdout } = await butie([...ARGS, "--format", format]);
    expect(stdout).not.toContain("评估年度的1月1日");
  });

  it("keep it in JSON for analysts", async () => {
    const { stdout } = await butie([...ARGS, "--format", "json"]);
    expect(stdout).toContain("yearStart");
  });
});
