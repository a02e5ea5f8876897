import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { readableStack } from "../../src/cli/readableStack.js";

const dir = mkdtempSync(join(tmpdir(), "butie-stack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readableStack", () => {
  it("points frames of a bundled file at the TypeScript line that threw", () => {
    const thrower = join(dir, "thrower.ts");
    writeFileSync(
      thrower,
      ["// line 1", "export function fail(): never {", '  throw new Error("boom");', "}", ""].join("\n"),
    );
    // Bundled together with readableStack, as in dist/bin/, and run in a plain node (vitest maps stacks itself).
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      [
        `import { readableStack } from ${JSON.stringify(join(import.meta.dirname, "../../src/cli/readableStack.ts"))};`,
        `import { fail } from "./thrower.ts";`,
        "try { fail(); } catch (e) { console.log(JSON.stringify([(e as Error).stack, readableStack((e as Error).stack ?? '')])); }",
      ].join("\n"),
    );
    buildSync({
      entryPoints: [entry],
      outfile: join(dir, "out.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      sourcemap: true,
      logLevel: "silent",
    });
    const r = spawnSync(process.execPath, [join(dir, "out.mjs")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    const [raw, readable] = JSON.parse(r.stdout) as [string, string];
    expect(raw).toContain("out.mjs:");
    expect(readable).toContain(`${thrower}:3:`);
    expect(readable).not.toContain("out.mjs:");
  });

  it("keeps frames it has no map for", () => {
    const stack = "Error: x\n    at f (file:///nowhere/a.js:10:5)\n    at node:internal/x:1:1";
    expect(readableStack(stack)).toBe(stack);
  });
});

describe("readableStack, given a map whose source is not a file", () => {
  it("keeps that frame as it is and never throws (a crash report crashed on one)", () => {
    const js = join(dir, "other.js");
    writeFileSync(js, "throw 1;\n");
    // A map naming a source by another scheme, as a bundled package's map may (webpack://, node:).
    writeFileSync(
      `${js}.map`,
      JSON.stringify({ version: 3, sources: ["webpack://pkg/src/a.ts"], names: [], mappings: "AAAA" }),
    );
    const stack = `Error: x\n    at f (file://${js}:1:1)`;
    expect(readableStack(stack)).toBe(stack);
  });
});
