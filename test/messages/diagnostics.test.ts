import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnosticJson, formatDiagnosticIn } from "../../src/diagnostics.js";
import { message } from "../../src/messages/index.js";
import { butie } from "../cli/memoryIo.js";

const at = { file: "p.yaml", line: 1, col: 1, severity: "error" } as const;

describe("a diagnostic worded from the catalogue", () => {
  const d: Diagnostic = {
    ...at,
    code: "input/unreadable",
    message: "",
    says: message("words/empty-profile"),
  };

  it("is said in the language asked for, whatever its fallback text", () => {
    expect(formatDiagnosticIn(d, "zh")).toBe("p.yaml:1:1 input/unreadable 档案文件是空的");
    expect(formatDiagnosticIn(d, "en")).toBe("p.yaml:1:1 input/unreadable the profile is empty");
  });

  it("goes to JSON as words in the run's language, with its code", () => {
    expect(diagnosticJson(d, "zh")).toEqual({ ...at, code: "input/unreadable", message: "档案文件是空的" });
    expect(diagnosticJson(d, "en")).toEqual({
      ...at,
      code: "input/unreadable",
      message: "the profile is empty",
    });
  });

  it("a rule file's check without a catalogue message is said in its own (English) words, in JSON too", () => {
    const ready: Diagnostic = { ...at, code: "x/y", message: "plain" };
    expect(formatDiagnosticIn(ready, "zh")).toBe("p.yaml:1:1 x/y plain");
    expect(diagnosticJson(ready, "zh")).toEqual(ready);
  });

  it("a warning is marked as one in the language it is said in", () => {
    const warning: Diagnostic = { ...d, severity: "warning" };
    expect(formatDiagnosticIn(warning, "zh")).toBe("p.yaml:1:1 input/unreadable （警告）档案文件是空的");
    expect(formatDiagnosticIn(warning, "en")).toBe(
      "p.yaml:1:1 input/unreadable (warning) the profile is empty",
    );
  });

  it("an empty profile read from stdin, --format json", async () => {
    const run = await butie(["eval", "-", "--format", "json"], { stdin: "  \n" });
    const [said] = JSON.parse(run.stdout).error.diagnostics;
    expect(said).toMatchObject({ code: "input/unreadable", message: "档案文件是空的" });
    expect(said).not.toHaveProperty("messageZh");
    expect(run.stdout).not.toContain("says");
    const en = await butie(["eval", "-", "--format", "json", "--lang", "en"], { stdin: "  \n" });
    expect(JSON.parse(en.stdout).error.diagnostics[0].message).toBe("the profile is empty");
  });
});
