// Without colour, src/cli/color.ts gives a painter of its own instead of a Chalk of level 0 (the bundled CLI then
// never loads chalk): it must paint as that Chalk does, for every style and chain of styles butie uses.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { colorFor } from "../../src/cli/color.js";
import type { Io } from "../../src/cli/io.js";

const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}) => ({ isTTY, env }) as unknown as Io;
const plain = colorFor(io(false));
const chalk = new Chalk({ level: 0 });
const texts: unknown[][] = [["符合"], [""], ["a", "b"], [3], [null], [undefined], [], ["x\ny"]];

describe("colorFor without colour", () => {
  it.each([
    ["bold"],
    ["dim"],
    ["red"],
    ["green"],
    ["yellow"],
    ["bold", "underline"],
    ["visible"],
    ["bold", "visible"],
    ["visible", "red"],
  ])("paints %s as a Chalk of level 0", (...chain) => {
    const styled = (c: unknown) =>
      chain.reduce((s, name) => (s as Record<string, unknown>)[name], c) as (...t: unknown[]) => string;
    for (const t of texts) expect(styled(plain)(...t)).toBe(styled(chalk)(...t));
    expect((styled(plain) as unknown as { level: number }).level).toBe(0);
  });

  it("is what a machine format, a pipe, NO_COLOR or FORCE_COLOR=0 get; colour is chalk's", () => {
    expect(colorFor(io(true), true)).toBe(plain);
    expect(colorFor(io(true, { NO_COLOR: "1" }))).toBe(plain);
    expect(colorFor(io(true, { FORCE_COLOR: "0" }))).toBe(plain);
    expect(colorFor(io(true)).red("x")).toBe(new Chalk({ level: 1 }).red("x"));
    expect(colorFor(io(false, { FORCE_COLOR: "3" })).level).toBe(3);
  });
});
