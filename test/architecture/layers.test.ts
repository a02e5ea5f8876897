import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

/** Bottom to top: a file may import its own layer or a lower one, never a higher one. */
const LAYERS: readonly (readonly string[])[] = [
  ["files/", "diagnostics.ts", "messages/", "echo.ts", "limits.ts", "text/", "time/", "regions/"],
  ["expr/"],
  ["profile/", "rules/"],
  ["engine/", "explain/", "compiled/"],
  ["ask/", "batch/", "fixtures/", "check/"],
  ["index.ts"],
  ["cli/"],
];
const MAX_LINES = 300;

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The src-relative files a source imports (type-only imports included: they make circles too). */
function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+["'](\.[^"']+)["']/g))
    out.push(relative(SRC, join(file, "..", (m[1] as string).replace(/\.js$/, ".ts"))));
  for (const m of text.matchAll(/import\(\s*["'](\.[^"']+)["']\s*\)/g))
    out.push(relative(SRC, join(file, "..", (m[1] as string).replace(/\.js$/, ".ts"))));
  return out;
}

function layerOf(path: string): number {
  const i = LAYERS.findIndex((layer) =>
    layer.some((p) => (p.endsWith("/") ? path.startsWith(p) : path === p)),
  );
  return i;
}

/** Strongly connected components with more than one file (Tarjan): each is an import circle. */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const files = sourceFiles();
const texts = new Map(files.map((f) => [relative(SRC, f), readFileSync(f, "utf8")]));
const graph = new Map([...texts].map(([path, text]) => [path, importsOf(join(SRC, path), text)]));

describe("the house: one direction of imports, no circles, small files", () => {
  it("places every source file in a layer", () => {
    expect([...texts.keys()].filter((p) => layerOf(p) < 0)).toEqual([]);
  });

  it("imports only its own layer or lower ones", () => {
    const upward = [...graph].flatMap(([from, tos]) =>
      tos.filter((to) => layerOf(to) > layerOf(from)).map((to) => `${from} → ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import circle, type-only imports included", () => {
    expect(circles(graph)).toEqual([]);
  });

  it(`keeps every source file at most ${MAX_LINES} lines`, () => {
    const long = [...texts].filter(([, t]) => t.split("\n").length - 1 > MAX_LINES).map(([p]) => p);
    expect(long).toEqual([]);
  });

  it("can fail: finds an upward import and a circle in a made-up graph", () => {
    const made = new Map([
      ["expr/a.ts", ["cli/b.ts"]],
      ["cli/b.ts", ["expr/a.ts"]],
    ]);
    expect(layerOf("cli/b.ts")).toBeGreaterThan(layerOf("expr/a.ts"));
    expect(circles(made)).toEqual([["cli/b.ts", "expr/a.ts"]]);
    expect(importsOf(join(SRC, "expr/a.ts"), 'import type { X } from "../rules/program.js";')).toEqual([
      "rules/program.ts",
    ]);
  });
});
