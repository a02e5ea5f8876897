// `butie <command> …` declares only that command (src/cli/commandTree.ts): what commander prints or refuses for it
// must be what the whole tree gives, so each command's help and usage errors are compared with the whole tree's.
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/commandTree.js";
import type { Io } from "../../src/cli/io.js";

function io(): Io & { out: string[] } {
  const out: string[] = [];
  return {
    out,
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => out.push(text) },
    env: {},
    cwd: process.cwd(),
    isTTY: false,
    columns: 80,
  } as unknown as Io & { out: string[] };
}

const whole = buildProgram(["--help"], io(), () => {});
const names = whole.commands.map((c) => c.name());

describe("the command tree for a run that names its command", () => {
  it("declares every command when none is named first", () => {
    expect(names).toEqual(["eval", "ask", "batch", "test", "check", "schema", "rules"]);
    expect(buildProgram([], io(), () => {}).commands).toHaveLength(names.length);
    expect(buildProgram(["help", "eval"], io(), () => {}).commands).toHaveLength(names.length);
    expect(buildProgram(["evl"], io(), () => {}).commands).toHaveLength(names.length);
  });

  it.each(names)("declares %s alone, with the whole tree's help", (name) => {
    const alone = buildProgram([name], io(), () => {});
    expect(alone.commands.map((c) => c.name())).toEqual([name]);
    const help = (program: typeof whole) =>
      program.commands.find((c) => c.name() === name)?.helpInformation();
    expect(help(alone)).toBe(help(whole));
  });

  it.each([
    ["eval", "--no-such-option"],
    ["eval", "--format", "xml", "a.yaml"],
    ["eval"],
    ["rules", "list", "x", "y"],
  ])("refuses %s %s as the whole tree does", async (...argv) => {
    const refusal = async (program: typeof whole) => {
      try {
        await program.parseAsync(argv, { from: "user" });
      } catch (e) {
        return e instanceof CommanderError ? `${e.code}: ${e.message}` : String(e);
      }
      return "accepted";
    };
    const everything = buildProgram(["--help"], io(), () => {});
    expect(await refusal(buildProgram(argv, io(), () => {}))).toBe(await refusal(everything));
  });
});
