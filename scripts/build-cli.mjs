// Build step: bundle the CLI with esbuild into dist/bin/ (docs/performance.md, "Adding an entry or a dependency").
// One entry per process (the CLI, each worker_threads worker). Every `await import("…")` in the source — each
// command in src/cli/commands/ — becomes a chunk of its own, loaded only when that command runs, together with
// the dependencies only it uses; code shared by several commands lands in shared chunks.
import { rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

// Tests build a copy elsewhere; any directory directly below dist/ keeps the source's relative paths right.
const OUT_DIR = process.env.BUTIE_BUNDLE_DIR ?? "dist/bin";
if (!/^dist\/[^/]+$/.test(OUT_DIR)) throw new Error(`BUTIE_BUNDLE_DIR must be dist/<name>, not ${OUT_DIR}`);

/**
 * Output name (dist/bin/<name>.js) → source file. A worker_threads worker is an entry of its own; the code
 * that starts it finds it as `new URL("./<name>.js", import.meta.url)`, which holds both in dist/bin/ and in
 * tsc's dist/<folder>/ when the worker source sits in the same folder as that code.
 */
const ENTRIES = {
  butie: "src/cli/run.ts",
};

/**
 * Dependencies left as `import`s of node_modules instead of bundled: ones that load files of their own by path
 * (piscina starts its own worker script) and large CommonJS libraries only one command uses, which gain
 * nothing from bundling. Every other dependency is bundled into the chunk of the command that needs it.
 */
const EXTERNAL = ["piscina", "exceljs", "@gorules/zen-engine", "json-rules-engine"];

rmSync(OUT_DIR, { recursive: true, force: true });
const result = await build({
  entryPoints: ENTRIES,
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // Every output file sits directly in dist/bin/, one level below dist/ as every source file is one level
  // below src/, so the source's `new URL("../…", import.meta.url)` paths (rule bundle, region table) hold.
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  // Read only when an internal error is reported (src/cli/readableStack.ts), never at start-up.
  sourcemap: true,
  sourcesContent: false,
  metafile: Boolean(process.env.BUTIE_METAFILE),
  logLevel: "warning",
  // Bundled CommonJS dependencies (commander, cli-table3) `require` node built-ins; ESM has no `require`.
  banner: {
    js: 'import { createRequire as __butieCreateRequire } from "node:module"; const require = __butieCreateRequire(import.meta.url);',
  },
});
// `BUTIE_METAFILE=meta.json npm run build` writes which modules went into which chunk (paste into esbuild's analyzer).
if (process.env.BUTIE_METAFILE) writeFileSync(process.env.BUTIE_METAFILE, JSON.stringify(result.metafile));
